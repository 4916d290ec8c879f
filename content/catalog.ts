import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { LessonFrontmatter, TrackInfo } from './schema';

/**
 * The lesson catalog as the content folder lays it out (Node only: build
 * time, scripts and tests). Tracks are `NN-slug` folders, lessons `NN-slug`
 * folders inside with `index.mdx` and `lesson.ts`; numbers order them.
 */

// Only the content folder is read: the build traces just that (not the whole project).
export const CONTENT_DIR = join(/*turbopackIgnore: true*/ process.cwd(), 'content');

const NUMBERED = /^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LessonEntry {
  /** `01-foundations/01-what-is-prometheus`: the URL path below /learn and the progress key. */
  readonly id: string;
  readonly track: string;
  readonly lesson: string;
  readonly dir: string;
  readonly source: string;
  readonly frontmatter: LessonFrontmatter;
}

export interface TrackEntry extends TrackInfo {
  readonly slug: string;
  readonly lessons: readonly LessonEntry[];
}

/** readCatalog lists every track and lesson in order; malformed folders or frontmatter throw with the path. */
export function readCatalog(contentDir = CONTENT_DIR): TrackEntry[] {
  return numberedDirs(contentDir).map((track) => {
    const trackDir = join(contentDir, track);
    const info = readTrackInfo(trackDir, track);
    const lessons = numberedDirs(trackDir).map((lesson) => readLesson(join(trackDir, lesson), track, lesson));
    if (lessons.length === 0) throw new Error(`content/${track}: a track needs at least one lesson folder`);
    return { slug: track, ...info, lessons };
  });
}

/** lessonIds lists `track/lesson` for every lesson folder (what the generated index must cover). */
export function lessonIds(contentDir = CONTENT_DIR): string[] {
  return numberedDirs(contentDir).flatMap((t) => numberedDirs(join(contentDir, t)).map((l) => `${t}/${l}`));
}

function numberedDirs(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(/*turbopackIgnore: true*/ dir, name)).isDirectory() && /^\d{2}-/.test(name))
    .map((name) => {
      if (!NUMBERED.test(name)) throw new Error(`${join(dir, name)}: folder names are NN-lowercase-words, got "${name}"`);
      return name;
    })
    .sort();
}

function readTrackInfo(trackDir: string, slug: string): TrackInfo {
  const file = join(/*turbopackIgnore: true*/ trackDir, 'track.json');
  if (!existsSync(file)) return { title: titleFromSlug(slug), summary: '' };
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<TrackInfo>;
  if (typeof raw.title !== 'string' || raw.title === '') throw new Error(`content/${slug}/track.json: "title" must be a non-empty string`);
  return { title: raw.title, summary: typeof raw.summary === 'string' ? raw.summary : '' };
}

function readLesson(dir: string, track: string, lesson: string): LessonEntry {
  const where = `content/${track}/${lesson}`;
  for (const f of ['index.mdx', 'lesson.ts']) if (!existsSync(join(/*turbopackIgnore: true*/ dir, f))) throw new Error(`${where}: missing ${f}`);
  const source = readFileSync(join(/*turbopackIgnore: true*/ dir, 'index.mdx'), 'utf8');
  return { id: `${track}/${lesson}`, track, lesson, dir, source, frontmatter: parseFrontmatter(source, `${where}/index.mdx`) };
}

/** parseFrontmatter reads and validates the YAML block at the top of an index.mdx. */
export function parseFrontmatter(source: string, where: string): LessonFrontmatter {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!m) throw new Error(`${where}: missing frontmatter (a --- block with title, summary, objectives, minutes)`);
  return validateFrontmatter(parseYaml(m[1]!), where);
}

export function validateFrontmatter(raw: unknown, where: string): LessonFrontmatter {
  const fm = (raw ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  const known = new Set(['title', 'summary', 'objectives', 'minutes']);
  for (const k of Object.keys(fm)) if (!known.has(k)) problems.push(`unknown field "${k}"`);
  if (typeof fm.title !== 'string' || fm.title.trim() === '') problems.push('"title" must be a non-empty string');
  if (typeof fm.summary !== 'string' || fm.summary.trim() === '') problems.push('"summary" must be a non-empty string');
  if (!Array.isArray(fm.objectives) || fm.objectives.length === 0 || fm.objectives.length > 6) {
    problems.push('"objectives" must be a list of 1–6 non-empty strings');
  } else {
    fm.objectives.forEach((o, i) => {
      if (typeof o === 'string' && o.trim() !== '') return;
      const why = o && typeof o === 'object' ? ' (a ": " inside it starts a YAML mapping: put the text in quotes)' : '';
      problems.push(`objective ${i + 1} is not a non-empty string${why}`);
    });
  }
  if (typeof fm.minutes !== 'number' || !Number.isInteger(fm.minutes) || fm.minutes <= 0) problems.push('"minutes" must be a positive integer');
  if (problems.length > 0) throw new Error(`${where}: frontmatter: ${problems.join('; ')}`);
  return { title: fm.title as string, summary: fm.summary as string, objectives: fm.objectives as string[], minutes: fm.minutes as number };
}

function titleFromSlug(slug: string): string {
  const words = slug.replace(/^\d+-/, '').replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
