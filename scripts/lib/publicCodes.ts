/**
 * The codes a measure is published under, as councillors and officers write them, from the national
 * catalogue's `codes` column (scripts/import/national/catalogue.csv): "2023-24: 3D2A; before: 1C2A;
 * Oflog ASC3" → ["ASCOF 3D2A", "ASCOF 1C2A (before 2023-24)", "Oflog ASC3"]. Names of columns in
 * publishers' files (client-level data's `lts_rate`, CQC's `qs1_assessing_needs`, DHSC's
 * `ascof_1a`) are left out: nobody searches for a measure by them.
 */
export function publicCodes(catalogueCodes: string): string[] {
  const codes: string[] = [];
  let current: string | undefined;
  for (const part of catalogueCodes.split(';').map((p) => p.trim())) {
    const now = /^2023-24: ([0-9][0-9A-Z]*)$/.exec(part);
    const before = /^before: ([0-9][0-9A-Z]*)\b/.exec(part);
    const oflog = /^Oflog (ASC\d+)$/.exec(part);
    if (now?.[1]) {
      current = now[1];
      codes.push(`ASCOF ${current}`);
    } else if (before?.[1] && before[1] !== current)
      codes.push(`ASCOF ${before[1]} (before 2023-24)`);
    else if (oflog?.[1]) codes.push(`Oflog ${oflog[1]}`);
  }
  return codes;
}
