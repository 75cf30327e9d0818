import type { Site } from '../data/types';

export interface ComparatorChoice {
  groupId: string;
  added: string[];
  removed: string[];
  /** The councils compared: the group's members, less those removed, plus those added. */
  members: string[];
}

/**
 * The name of the default comparator group (site.json's first), for sentences and headings that
 * compare without a chosen group: "3rd of 16 among CIPFA nearest neighbours".
 */
export function defaultGroupName(site: Site): string {
  return site.groups[0]?.name ?? 'comparators';
}

const codes = (text: string | null) => (text ?? '').split(',').filter((c) => /^E\d{8}$/.test(c));

/**
 * Reads the comparator group and any councils added or removed from the address:
 * `?group=commission&add=E08000025&remove=E06000018`.
 */
export function readComparators(params: URLSearchParams, site: Site): ComparatorChoice {
  const group = site.groups.find((g) => g.id === params.get('group')) ?? site.groups[0];
  const added = codes(params.get('add')).filter(
    (c) => !group?.members.includes(c) && c !== site.authority.code,
  );
  const removed = codes(params.get('remove')).filter((c) => group?.members.includes(c));
  const members = [...(group?.members ?? []).filter((m) => !removed.includes(m)), ...added];
  return { groupId: group?.id ?? '', added, removed, members };
}

/** The address for a new choice; an empty list leaves its parameter out so links stay short. */
export function writeComparators(
  params: URLSearchParams,
  choice: Pick<ComparatorChoice, 'groupId' | 'added' | 'removed'>,
  site: Site,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string) => (value ? next.set(key, value) : next.delete(key));
  set('group', choice.groupId === site.groups[0]?.id ? '' : choice.groupId);
  set('add', choice.added.join(','));
  set('remove', choice.removed.join(','));
  return next;
}
