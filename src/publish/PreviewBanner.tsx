import { useQuery, useQueryClient } from '@tanstack/react-query';
import { href, navigate } from '../app/useRoute';
import { Link } from '../components/Link';
import { routePath } from '../routes';
import { endPreview, previewQuery } from './preview';

/** On every page while a drop is previewed: says that nothing shown from it is published. */
export function PreviewBanner() {
  const client = useQueryClient();
  const { data } = useQuery(previewQuery());
  if (!data) return null;
  const drop = `the drop ${data.drop}`;
  const publish = href(routePath({ drop: undefined, view: { page: 'publish' } }));
  const end = () => {
    void endPreview(client, data.drop);
    navigate(publish);
  };
  return (
    <div className="preview-banner" role="note">
      <p>
        <strong>Preview — not published.</strong> This is the dashboard as it would be with {drop},
        on this computer only. Reloading the page ends the preview.
      </p>
      <p>
        <Link href={publish}>Back to the Publish page</Link>{' '}
        <button type="button" className="button secondary" onClick={end}>
          End the preview
        </button>
      </p>
    </div>
  );
}
