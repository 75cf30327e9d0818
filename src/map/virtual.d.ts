/**
 * England's councils as SVG paths, made at build time by vite.config.ts
 * (scripts/lib/englandMap.ts).
 */
declare module 'virtual:england-map' {
  const map: {
    width: number;
    height: number;
    areas: { code: string; name: string; d: string; x: number; y: number }[];
  };
  export default map;
}
