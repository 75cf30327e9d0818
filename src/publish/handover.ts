import type { DropFile } from './scaffoldDrop';

/**
 * The note that goes with a drop handed over from the Publish page: what the zip holds, what the
 * drop changes (the same report as `check-data --diff`), and how whoever deploys publishes it.
 */
export function handoverNote(drop: string, today: string, files: DropFile[], diff: string): string {
  return `# Drop ${drop}: checked on ${today} on the Publish page

Checked in the browser with the same check as \`npm run check-data\`: no problems were found.
Nothing has been published yet.

## What is in this zip

The files are laid out as in the data folder (\`data/\`), as \`npm run new-drop\` and
\`npm run import-wide\` would have written them:

${files.map((f) => `- \`${f.path}\``).join('\n')}
- \`drops/${drop}/what-changed.md\`: this note.

## To publish it

1. Unzip into the data folder, replacing \`drops.csv\` (it is the published list with one row added
   for ${drop}, dated ${today}: change the date to the day the figures go public, and the title if
   you wish).
2. Run the publish check: \`npm run check-data -- data --diff\`. It should say "no problems found"
   and list the changes below.
3. Build the site: \`npm run build\`, and copy \`dist/\` to the web server as usual.
4. Commit the changed data folder, so the next drop starts from it.

## What the drop changes

\`\`\`
${diff.trim()}
\`\`\`
`;
}
