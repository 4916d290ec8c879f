'use client';
import { PushForm } from './PushForm';
import { PushGroups } from './PushGroups';

/** PushgatewayPage is the /pushgateway page: push something, and see the groups Prometheus will scrape. */
export function PushgatewayPage() {
  return (
    <div className="pushgateway-page">
      <h2 className="section-title">Push</h2>
      <PushForm />
      <h2 className="section-title">Groups</h2>
      <PushGroups />
    </div>
  );
}
