/**
 * The plain static host used by the browser tests is the one `npm run pack` and `npm run bench`
 * use.
 */
export {
  startStaticServer,
  contentType,
  type StaticServer,
  type StaticServerOptions,
} from '../../scripts/lib/staticServer';
