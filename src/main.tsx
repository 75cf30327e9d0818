import './styles.css';

// The page the build drew is painted before anything else is asked for: the app's code and the
// data files the page needs wait, inert in a template in the head, until the browser has shown the
// page; then they are put in the head, which fetches them all at once, and the take-over starts. A
// hidden tab paints nothing, so there it all starts at once.
const boot = () => {
  for (const links of document.querySelectorAll('template[data-after-paint]'))
    if (links instanceof HTMLTemplateElement) document.head.append(links.content);
  void import('./boot');
};
const painted = (entries: PerformanceEntryList) =>
  entries.some((e) => e.name === 'first-contentful-paint');
if (document.visibilityState === 'hidden') boot();
else if (PerformanceObserver.supportedEntryTypes.includes('paint')) {
  const observer = new PerformanceObserver((list) => {
    if (!painted(list.getEntries())) return;
    observer.disconnect();
    boot();
  });
  observer.observe({ type: 'paint', buffered: true });
} else requestAnimationFrame(() => setTimeout(boot, 0));
