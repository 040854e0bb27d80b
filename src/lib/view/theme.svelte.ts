/**
 * Light or dark: the system's choice unless the reader picked one (kept in localStorage).
 * `data-theme` on <html> holds the reader's pick (set before first paint by app.html, so no flash);
 * `data-theme-effective` the theme in use, for the few styles that cannot use CSS variables.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';
const STORAGE_KEY = 'crisis-timeline:theme';

export class ThemeState {
  #choice: ThemeChoice = $state('system');
  #systemDark = $state(false);
  #forced: 'light' | 'dark' | null;

  /** `forced` (e.g. an embed's `theme=dark`) wins over the stored pick and is not stored. */
  constructor(forced: 'light' | 'dark' | null = null) {
    this.#forced = forced;
  }

  get choice(): ThemeChoice {
    return this.#forced ?? this.#choice;
  }

  get dark(): boolean {
    const choice = this.choice;
    return choice === 'dark' || (choice === 'system' && this.#systemDark);
  }

  /** Reads the stored pick and follows the system; returns the cleanup. Browser only. */
  start(): () => void {
    try {
      const stored = localStorage.getItem(STORAGE_KEY);
      if (stored === 'light' || stored === 'dark') this.#choice = stored;
    } catch {
      // Storage can be blocked (private mode, sandboxed iframes): follow the system.
    }
    const query = matchMedia('(prefers-color-scheme: dark)');
    this.#systemDark = query.matches;
    const onChange = () => (this.#systemDark = query.matches);
    query.addEventListener('change', onChange);
    this.apply();
    return () => query.removeEventListener('change', onChange);
  }

  /** The toggle: flips what is shown now, and remembers it. */
  toggle(): void {
    this.#choice = this.dark ? 'light' : 'dark';
    try {
      localStorage.setItem(STORAGE_KEY, this.#choice);
    } catch {
      // Not remembered, still applied.
    }
    this.apply();
  }

  /** Writes the theme onto <html>; call again when `dark` changes (the system may switch). */
  apply(): void {
    const root = document.documentElement;
    const choice = this.choice;
    if (choice === 'system') delete root.dataset.theme;
    else root.dataset.theme = choice;
    root.dataset.themeEffective = this.dark ? 'dark' : 'light';
  }
}
