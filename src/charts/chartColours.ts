/** The time-series chart's colours that are not a series' own: the group, the plan and the ink. */
export const GROUP = '#505a5f';
export const TARGET = '#00703c';
export const INK = '#0b0c0c';
