'use client';
import { useEffect, useState } from 'react';
import { EngineClient } from './engineClient';

/** useEngine starts the engine worker for the component's lifetime. */
export function useEngine(): EngineClient | null {
  const [client, setClient] = useState<EngineClient | null>(null);
  useEffect(() => {
    const c = new EngineClient();
    setClient(c);
    return () => c.dispose();
  }, []);
  return client;
}
