import './styles.css';

// The page the build drew is painted before the app's code runs: the code (preloaded by the HTML)
// is only evaluated once the browser has painted, so the figures never wait behind it. A hidden
// tab paints nothing, so there it runs at once.
const boot = () => void import('./boot');
if (document.visibilityState === 'hidden') boot();
else requestAnimationFrame(() => setTimeout(boot, 0));
