/**
 * Escape closes the open site menu (SiteHeader.astro) and gives the focus back to its button. The
 * menu is a <details>, which opens and closes without this script; Escape is a convenience on top.
 */
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  const menu = document.querySelector<HTMLDetailsElement>('details[data-site-menu][open]');
  if (!menu) return;
  // Escape in a search box that has text clears the text first.
  const target = event.target;
  if (target instanceof HTMLInputElement && target.type === 'search' && target.value !== '') return;
  menu.open = false;
  menu.querySelector('summary')?.focus();
});
