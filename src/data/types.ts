/** The typed shapes every data file is parsed into. Nothing outside src/data sees raw text. */

/**
 * The units a measure may be published in, and what each means for a figure's check: `scale`
 * between numerator/denominator and the value, where a ratio of the two means something;
 * `atLeastZero` when a figure cannot be below zero (a percentage has its own 0-100 check).
 * `weeks` and `months` keep a wait as the publication gives it ("2 weeks", "3.3 months"), never
 * converted; `cqc-score` is a CQC quality statement score, 1 (significant shortfalls) to 4
 * (exceptional).
 */
export const UNIT_RULES = [
  { unit: 'percent', scale: 100 },
  { unit: 'days', atLeastZero: true },
  { unit: 'weeks', atLeastZero: true },
  { unit: 'months', atLeastZero: true },
  { unit: 'count', atLeastZero: true },
  { unit: 'rate per 100,000', scale: 100_000, atLeastZero: true },
  { unit: 'score' },
  { unit: 'ratio', scale: 1 },
  { unit: 'cqc-score' },
] as const;
export const UNITS = UNIT_RULES.map((u) => u.unit);
export type Unit = (typeof UNITS)[number];

export const POLARITIES = ['higher', 'lower', 'none'] as const;
/** higher: higher is better; lower: lower is better; none: no judgement. */
export type Polarity = (typeof POLARITIES)[number];

export const FREQUENCIES = ['quarterly', 'annual', 'biennial', 'monthly', 'point-in-time'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/**
 * CQC's assessment framework for local authorities: four themes (named here in short), each with
 * its quality statements, as in CQC's assessment reports.
 */
const CQC_FRAMEWORK = [
  {
    theme: 'Working with people',
    statements: [
      'Assessing needs',
      'Supporting people to live healthier lives',
      'Equity in experience and outcomes',
    ],
  },
  {
    theme: 'Providing support',
    statements: ['Care provision, integration and continuity', 'Partnerships and communities'],
  },
  {
    theme: 'Ensuring safety',
    statements: ['Safe pathways, systems and transitions', 'Safeguarding'],
  },
  {
    theme: 'Leadership',
    statements: [
      'Governance, management and sustainability',
      'Learning, improvement and innovation',
    ],
  },
] as const;

export const THEMES = CQC_FRAMEWORK.map((t) => t.theme);
export type Theme = (typeof THEMES)[number];

/** The quality statements in the framework's order, theme by theme. */
export const QUALITY_STATEMENTS = CQC_FRAMEWORK.flatMap((t) => t.statements);
export type QualityStatement = (typeof QUALITY_STATEMENTS)[number];

/** The five families of measures the Scrutiny Commission follows most closely. */
export const FAMILIES = [
  'waiting',
  'reviews',
  'safeguarding',
  'direct-payments',
  'carers',
] as const;
export type Family = (typeof FAMILIES)[number];

/**
 * What a series break is: `renumbered`, only the measure's code changed (the figures are calculated
 * as before, so a move across the break is judged); `redefined`, how the figures are counted
 * changed (a move across it is never judged better or worse).
 */
export const BREAK_KINDS = ['renumbered', 'redefined'] as const;
export type BreakKind = (typeof BREAK_KINDS)[number];

export const STATUSES = ['final', 'provisional', 'estimated', 'suppressed'] as const;
export type Status = (typeof STATUSES)[number];

export const AREA_KINDS = ['council', 'region', 'country'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export const TARGET_KINDS = ['baseline', 'milestone', 'target'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * How a target is written: "less than 10%", "at least 50%", "nil" (at-most 0), "all" (at-least
 * 100).
 */
export const OPERATORS = ['at-most', 'less-than', 'at-least', 'more-than', 'equal'] as const;
export type Operator = (typeof OPERATORS)[number];

export type PeriodKind = 'year' | 'quarter' | 'month' | 'date';

export interface Period {
  label: string;
  kind: PeriodKind;
  /** First day covered, ISO yyyy-mm-dd. */
  start: string;
  /** Last day covered, ISO yyyy-mm-dd: where the period sits on a time axis. */
  end: string;
}

export interface Metric {
  id: string;
  title: string;
  description: string;
  unit: Unit;
  polarity: Polarity;
  frequency: Frequency;
  theme: Theme;
  qualityStatement: QualityStatement;
  family: Family | undefined;
  definition: string;
  source: string;
  caveats: string;
  decimals: number;
  /** First period of a changed definition: the line is broken before it. */
  breakPeriod: string | undefined;
  /** Undefined with no break; a break with no kind given is `redefined`. */
  breakKind: BreakKind | undefined;
  breakNote: string;
  /** The last period of a series that is no longer published: it is never judged against today. */
  ended: string | undefined;
  /**
   * For an annual measure, its in-year (quarterly or point-in-time) counterpart: import-wide puts a
   * quarter column there.
   */
  inYear?: string;
  /**
   * Codes the measure is published under ("ASCOF 3D2A", "ASCOF 1C2A (before 2023-24)"), for search.
   */
  codes?: string[];
  line: number;
}

export interface Area {
  code: string;
  name: string;
  kind: AreaKind;
}

export interface Source {
  id: string;
  publisher: string;
  title: string;
  url: string;
  published: string;
  licence: string;
}

export interface Drop {
  id: string;
  published: string;
  title: string;
  note: string;
  /** Its line in drops.csv, which lists drops in publication order. */
  line: number;
}

export interface Observation {
  metric: string;
  area: string;
  period: Period;
  /** undefined when suppressed: never shown as zero. */
  value: number | undefined;
  numerator: number | undefined;
  denominator: number | undefined;
  lower: number | undefined;
  upper: number | undefined;
  status: Status;
  note: string;
  source: string;
  /** Public: the part of the publication (a section heading or table), shown beside the source. */
  section: string;
  /** For officers only: document, table, page or line; never shown on a public page. */
  sourceRef: string;
  drop: string;
  line: number;
}

export interface Target {
  metric: string;
  area: string;
  date: string;
  value: number | undefined;
  kind: TargetKind;
  operator: Operator | undefined;
  outcome: string;
  source: string;
  section: string;
  sourceRef: string;
  note: string;
  /**
   * Public words for a target set on a measure that stands in for the one the plan names: what the
   * plan measures and what would be needed to judge it. A proxy is never called met or missed.
   */
  proxy: string;
  line: number;
}

export interface DataEvent {
  start: string;
  end: string | undefined;
  label: string;
  metrics: string[];
  source: string;
  section: string;
  sourceRef: string;
  line: number;
}

export interface ComparatorGroup {
  id: string;
  name: string;
  version: string;
  source: string;
  members: string[];
}

export interface Site {
  title: string;
  authority: { code: string; name: string };
  synthetic: boolean;
  groups: ComparatorGroup[];
  benchmarks: { code: string; name: string }[];
  meetings: { date: string; label: string }[];
}

export interface Outcome {
  id: string;
  number: number;
  theme: Theme;
  title: string;
  text: string;
  measures: string[];
  source: string;
  section: string;
  sourceRef: string;
  line: number;
}

/** The picture a question fits; a question may need several (all must hold). */
export const QUESTION_WHENS = [
  'always',
  'off-track',
  'not-measured',
  'worse-than-benchmark',
  'worse-than-group',
  'worsening',
  'improving',
  'revised',
  'suppressed',
  'provisional',
  'target-met',
  'plan-due',
] as const;
export type QuestionWhen = (typeof QUESTION_WHENS)[number];

/**
 * How a question is credited on the page: `from` its source ("From: <publication>"), `adapted` from
 * it ("Adapted from <publication>"), or `none` (written for this dashboard: no credit shown).
 */
export const QUESTION_CREDITS = ['from', 'adapted', 'none'] as const;
export type QuestionCredit = (typeof QUESTION_CREDITS)[number];

export interface Question {
  /** A measure id, or undefined for a question that fits any measure (of `family`, if given). */
  metric: string | undefined;
  family: Family | undefined;
  when: QuestionWhen[];
  question: string;
  source: string;
  credit: QuestionCredit;
  line: number;
}

/** An officer's short commentary on a measure, published with a drop. */
export interface Commentary {
  drop: string;
  metric: string;
  comment: string;
  owner: string;
  line: number;
}
