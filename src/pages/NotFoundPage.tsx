import { href } from '../app/useRoute';
import { Link } from '../components/Link';
import { useTitle } from '../app/useTitle';

export function NotFoundPage() {
  useTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        If you typed the address, check it is correct.{' '}
        <Link href={href('')}>Go to the overview of all measures</Link>.
      </p>
    </>
  );
}
