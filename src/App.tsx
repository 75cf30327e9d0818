import { Suspense, useEffect, useRef } from 'react';
import { isLazyPage, type LazyPage } from './app/lazyPages';
import { preloadable } from './app/preloadable';
import { href, useRoute } from './app/useRoute';
import { useSiteData } from './app/useSiteData';
import { pageScope } from './data/figureScope';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Link } from './components/Link';
import { LoadError } from './components/LoadError';
import { SnapshotBanner } from './components/SnapshotBanner';
import { PreviewBanner } from './publish/PreviewBanner';
import { AboutPage } from './pages/AboutPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OverviewPage } from './pages/OverviewPage';
import { routePath, type Route } from './routes';

// Pages beyond the overview load on demand; the measure page carries the chart.
const measurePage = preloadable(() => import('./pages/MeasurePage').then((m) => m.MeasurePage));
const planPage = preloadable(() => import('./pages/PlanPage').then((m) => m.PlanPage));
const packPage = preloadable(() => import('./pages/PackPage').then((m) => m.PackPage));
const whatsNewPage = preloadable(() => import('./pages/WhatsNewPage').then((m) => m.WhatsNewPage));
const MeasurePage = measurePage.Page;
const PlanPage = planPage.Page;
const PackPage = packPage.Page;
const WhatsNewPage = whatsNewPage.Page;
const publishPage = preloadable(() => import('./pages/PublishPage').then((m) => m.PublishPage));
const PublishPage = publishPage.Page;
const matrixPage = preloadable(() => import('./pages/MatrixPage').then((m) => m.MatrixPage));
const MatrixPage = matrixPage.Page;
// The map carries England's boundaries (virtual:england-map): they load only when a map is opened.
const mapPage = preloadable(() => import('./pages/MapPage').then((m) => m.MapPage));
const MapPage = mapPage.Page;

/** Loads the code of the page a route shows, if it is loaded on demand. */
export function preloadPage(route: Route): Promise<unknown> {
  const pages: Record<LazyPage, { preload: () => Promise<unknown> }> = {
    measure: measurePage,
    plan: planPage,
    pack: packPage,
    'whats-new': whatsNewPage,
    publish: publishPage,
    matrix: matrixPage,
    map: mapPage,
  };
  const page = route.view.page;
  return isLazyPage(page) ? pages[page].preload() : Promise.resolve();
}

function NavLink({ route, current, children }: { route: Route; current: Route; children: string }) {
  const page = (r: Route) => (r.view.page === 'measures' ? 'overview' : r.view.page);
  const active = page(route) === page(current);
  return (
    <li>
      <Link href={href(routePath(route))} aria-current={active ? 'page' : undefined}>
        {children}
      </Link>
    </li>
  );
}

/** The shell: skip link, header and navigation, one page, footer. */
export function App() {
  const { route, params, setParams } = useRoute();
  const view = route.view;
  const { data, loading, coreError, retryCore, failed } = useSiteData(route.drop, pageScope(view));
  const main = useRef<HTMLElement>(null);
  const path = routePath(route);
  const isMeasure = route.view.page === 'measure';
  useEffect(() => {
    // Fetch the chart code alongside the data, not after it, when a measure page is opened
    // directly.
    // A failure here shows when the page itself is rendered; the prefetch only starts the fetch
    // early.
    if (isMeasure) measurePage.preload().catch(() => undefined);
  }, [isMeasure]);
  const shownPath = useRef(path);
  useEffect(() => {
    // Move focus to the new page's content after navigation (not on first load), as a screen-reader
    // user expects.
    if (shownPath.current !== path) main.current?.focus();
    shownPath.current = path;
  }, [path]);

  const drop = route.drop;
  const at = (view: Route['view']): Route => ({ drop, view });
  const authority = data?.site.authority.name ?? '';
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className={route.view.page === 'pack' ? 'site-header no-print' : 'site-header'}>
        <div className="width">
          <p className="site-title">
            <Link href={href(routePath(at({ page: 'overview' })))}>
              {data ? data.site.title : 'Adult social care performance'}
            </Link>
          </p>
          {authority && <p className="site-authority">{authority}</p>}
          <nav aria-label="Main">
            <ul className="nav">
              <NavLink route={at({ page: 'overview' })} current={route}>
                Overview
              </NavLink>
              <NavLink route={at({ page: 'matrix' })} current={route}>
                At a glance
              </NavLink>
              <NavLink route={at({ page: 'plan' })} current={route}>
                Improvement plan
              </NavLink>
              <NavLink route={at({ page: 'whats-new' })} current={route}>
                What&rsquo;s new
              </NavLink>
              <NavLink route={at({ page: 'pack' })} current={route}>
                Meeting pack
              </NavLink>
              <NavLink route={at({ page: 'about' })} current={route}>
                About the data
              </NavLink>
            </ul>
          </nav>
        </div>
      </header>
      {data?.site.synthetic && (
        <p className="synthetic-banner width" role="note">
          <strong>Synthetic test data.</strong> The figures on this site are made up for testing and
          are not real.
        </p>
      )}
      {data && drop && (
        <SnapshotBanner
          drops={data.allDrops}
          drop={drop}
          path={routePath({ drop: undefined, view: route.view })}
        />
      )}
      <main id="main" tabIndex={-1} ref={main} className="width">
        <PreviewBanner />
        {coreError ? (
          <LoadError error={coreError} retry={retryCore} what="The dashboard's data" />
        ) : loading || !data ? (
          <p role="status">Loading the figures…</p>
        ) : failed.length > 0 && view.page !== 'about' && view.page !== 'not-found' ? (
          // A drop that did not load is never made up for by an earlier drop's figures: an older
          // figure shown as the latest would mislead. Say which file failed, and offer to fetch it
          // again.
          failed.map((f, i) => (
            <LoadError key={i} error={f.error} retry={f.retry} what="The latest figures" />
          ))
        ) : (
          <>
            <ErrorBoundary what="page" key={path}>
              <Suspense fallback={<p role="status">Loading…</p>}>
                {(route.view.page === 'overview' || route.view.page === 'measures') && (
                  <OverviewPage
                    data={data}
                    drop={drop}
                    params={params}
                    setParams={setParams}
                    // The former address of every measure, ?show=all, still shows them.
                    mode={
                      route.view.page === 'measures' || params.get('show') === 'all'
                        ? 'all'
                        : 'commission'
                    }
                  />
                )}
                {route.view.page === 'measure' && (
                  <MeasurePage
                    data={data}
                    drop={drop}
                    id={route.view.id}
                    params={params}
                    setParams={setParams}
                  />
                )}
                {route.view.page === 'plan' && <PlanPage data={data} drop={drop} />}
                {route.view.page === 'whats-new' && <WhatsNewPage data={data} drop={drop} />}
                {route.view.page === 'about' && <AboutPage data={data} />}
                {route.view.page === 'matrix' && (
                  <MatrixPage data={data} drop={drop} params={params} setParams={setParams} />
                )}
                {route.view.page === 'map' && (
                  <MapPage data={data} id={route.view.id} params={params} />
                )}
                {route.view.page === 'pack' && <PackPage data={data} drop={drop} params={params} />}
                {route.view.page === 'publish' && <PublishPage data={data} />}
                {route.view.page === 'not-found' && <NotFoundPage />}
              </Suspense>
            </ErrorBoundary>
          </>
        )}
      </main>
      <footer className="site-footer no-print">
        <div className="width">
          <p>
            Figures come from the published sources named beside them; see{' '}
            <Link href={href(routePath(at({ page: 'about' })))}>About the data</Link>, where{' '}
            <a href={`${href(routePath(at({ page: 'about' })))}#download-data`}>all the data</a> can
            be downloaded. The dashboard is meant to prompt questions, not to give definitive
            answers.
          </p>
        </div>
      </footer>
    </>
  );
}
