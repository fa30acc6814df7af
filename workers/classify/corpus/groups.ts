// Template groups and the label each group carries.

export type Category = 'social_media_campaign' | 'engagement' | 'attributes_symbols' | 'organising' | 'attacking';

export interface GroupSpec {
  partisan: boolean;
  stance: 'support' | 'oppose' | null;
  category: Category | null;
  /** true when the label names the pair the template was filled with; false: candidate null. */
  candidate: boolean;
  /** relative frequency in the corpus */
  weight: number;
  /** hard negative (names pairs / collides with campaign vocabulary) vs everyday text */
  hard?: boolean;
  /** date window: 'pre' = before the campaign (official duties), default campaign + quiet period */
  when?: 'pre' | 'campaign';
}

export const GROUP_SPECS = {
  campaign: { partisan: true, stance: 'support', category: 'social_media_campaign', candidate: true, weight: 11 },
  engagement: { partisan: true, stance: 'support', category: 'engagement', candidate: true, weight: 9 },
  attributes: { partisan: true, stance: 'support', category: 'attributes_symbols', candidate: true, weight: 7 },
  organising: { partisan: true, stance: 'support', category: 'organising', candidate: true, weight: 6 },
  attack: { partisan: true, stance: 'oppose', category: 'attacking', candidate: true, weight: 5 },
  attack_null: { partisan: true, stance: 'oppose', category: 'attacking', candidate: false, weight: 1.5 },
  neg_neutral: { partisan: false, stance: null, category: null, candidate: false, weight: 6, hard: true },
  neg_info: { partisan: false, stance: null, category: null, candidate: false, weight: 5, hard: true },
  neg_news: { partisan: false, stance: null, category: null, candidate: false, weight: 5.5, hard: true },
  neg_reminder: { partisan: false, stance: null, category: null, candidate: false, weight: 3, hard: true },
  neg_report: { partisan: false, stance: null, category: null, candidate: false, weight: 3, hard: true },
  neg_duty: { partisan: false, stance: null, category: null, candidate: false, weight: 2.5, hard: true, when: 'pre' },
  neg_num: { partisan: false, stance: null, category: null, candidate: false, weight: 5, hard: true },
  neg_name: { partisan: false, stance: null, category: null, candidate: false, weight: 3.5, hard: true },
  neg_color: { partisan: false, stance: null, category: null, candidate: false, weight: 2.5, hard: true },
  neg_word: { partisan: false, stance: null, category: null, candidate: false, weight: 3, hard: true },
  neg_gesture: { partisan: false, stance: null, category: null, candidate: false, weight: 2, hard: true },
  neg_engage: { partisan: false, stance: null, category: null, candidate: false, weight: 3.5, hard: true },
  neg_religious: { partisan: false, stance: null, category: null, candidate: false, weight: 1.5 },
  neg_everyday: { partisan: false, stance: null, category: null, candidate: false, weight: 10 },
} as const satisfies Record<string, GroupSpec>;

export type GroupName = keyof typeof GROUP_SPECS;
export type Groups = Record<GroupName, string[]>;

/** Each group is a block of template lines; blank lines and "//" lines are dropped. */
export function parseGroups(blocks: Record<GroupName, string>): Groups {
  const out = {} as Groups;
  for (const g of Object.keys(GROUP_SPECS) as GroupName[]) {
    const block = blocks[g];
    if (block === undefined) throw new Error(`template group ${g} missing`);
    out[g] = block.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('//'));
    if (new Set(out[g]).size !== out[g].length) throw new Error(`duplicate template in ${g}`);
  }
  return out;
}

/**
 * Splits one template family into two disjoint parts: `frac` of every group (at least one line)
 * goes to `held`, the rest to `kept`. Used to give dev templates that train never saw.
 */
export function holdOut(groups: Groups, frac: number, shuffle: <T>(xs: readonly T[]) => T[]): { kept: Groups; held: Groups } {
  const kept = {} as Groups;
  const held = {} as Groups;
  for (const g of Object.keys(groups) as GroupName[]) {
    const lines = shuffle(groups[g]);
    const k = Math.max(1, Math.round(lines.length * frac));
    held[g] = lines.slice(0, k);
    kept[g] = lines.slice(k);
  }
  return { kept, held };
}
