// The page's languages: one catalog per language (web/i18n/<code>.js, loaded when first used), the language
// picked from the user's choice, then the browser's preferences, among the languages the page offers (all of
// them unless the deployment's `/page-config.json` narrows them), numbers, dates, lists and plurals through
// Intl. Pure apart from `applyTranslations` (DOM), `loadPageConfig` (fetch) and `loadCatalog` (import):
// Node tests it.

import en from "./i18n/en.js";

/**
 * Every language the page speaks (the official languages of the EU and the EEA), named in itself, in the EU's
 * protocol order (alphabetical by the name in its own language, Latin transliteration).
 * @type {ReadonlyArray<readonly [string, string]>}
 */
export const LANGUAGES = Object.freeze([
  ["bg", "Български"],
  ["es", "Español"],
  ["cs", "Čeština"],
  ["da", "Dansk"],
  ["de", "Deutsch"],
  ["et", "Eesti"],
  ["el", "Ελληνικά"],
  ["en", "English"],
  ["fr", "Français"],
  ["ga", "Gaeilge"],
  ["hr", "Hrvatski"],
  ["is", "Íslenska"],
  ["it", "Italiano"],
  ["lv", "Latviešu"],
  ["lt", "Lietuvių"],
  ["hu", "Magyar"],
  ["mt", "Malti"],
  ["nl", "Nederlands"],
  ["nb", "Norsk bokmål"],
  ["pl", "Polski"],
  ["pt", "Português"],
  ["ro", "Română"],
  ["sk", "Slovenčina"],
  ["sl", "Slovenščina"],
  ["fi", "Suomi"],
  ["sv", "Svenska"],
]);
/** The page's language codes, in `LANGUAGES` order. */
export const LANGUAGE_CODES = Object.freeze(LANGUAGES.map(([code]) => code));
/** Browser language tags whose catalog has another code: Norwegian and Nynorsk read Bokmål. */
const ALIASES = Object.freeze({ no: "nb", nn: "nb" });
/** Where the deployment writes the page's settings (components/site_files.py PAGE_CONFIG_KEY). */
export const PAGE_CONFIG_PATH = "/page-config.json";
export const FALLBACK_LANGUAGE = "en";

/** @typedef {string | Readonly<Record<string, string>>} Entry a string, or a plural's forms by category */
/** @typedef {Readonly<Record<string, Entry>>} Catalog */

/** The catalogs loaded so far. @type {Map<string, Catalog>} */
const catalogs = new Map([["en", en]]);
let current = FALLBACK_LANGUAGE;

/**
 * The catalog of a language the page has, loaded once (`import("./i18n/<code>.js")`).
 * @param {string} code
 * @param {(code: string) => Promise<{default: Catalog}>} [importer]
 * @returns {Promise<Catalog>}
 */
export async function loadCatalog(code, importer = (c) => import(`./i18n/${c}.js`)) {
  if (!LANGUAGE_CODES.includes(code)) throw new RangeError(`the page has no language ${code}`);
  const loaded = catalogs.get(code);
  if (loaded) return loaded;
  const catalog = (await importer(code)).default;
  catalogs.set(code, catalog);
  return catalog;
}

/** @returns {string} the language the page speaks now */
export function currentLanguage() {
  return current;
}

/**
 * Switch the page's language (strings drawn from now on); a language whose catalog is not loaded is refused.
 * @param {string} language
 * @returns {boolean} whether the language was set
 */
export function setLanguage(language) {
  if (!catalogs.has(language)) return false;
  current = language;
  return true;
}

/**
 * A string of the current catalog (English, then the key itself, when a catalog lacks it), `{name}` filled
 * from `params`. A plural entry takes the form of `params.count`'s category and shows the count formatted.
 * @param {string} key
 * @param {Record<string, string|number>} [params]
 * @returns {string}
 */
export function t(key, params = {}) {
  const catalog = catalogs.get(current) ?? en;
  const entry = Object.hasOwn(catalog, key) ? catalog[key] : Object.hasOwn(en, key) ? en[key] : key;
  let text = entry;
  let values = params;
  if (typeof entry !== "string") {
    const count = Number(params.count);
    const category = new Intl.PluralRules(current).select(count);
    text = entry[category] ?? entry.other;
    values = { ...params, count: formatNumber(count) };
  }
  return text.replace(/\{(\w+)\}/g, (whole, name) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/**
 * The catalog code for a browser language tag (`pt-BR` -> `pt`, `nn-NO` -> `nb`), or null.
 * @param {unknown} tag
 * @returns {string|null}
 */
export function languageOfTag(tag) {
  if (typeof tag !== "string") return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  const code = Object.hasOwn(ALIASES, primary) ? ALIASES[primary] : primary;
  return LANGUAGE_CODES.includes(code) ? code : null;
}

/**
 * What the page offers, from `/page-config.json`: every language it has, in `LANGUAGES` order, unless
 * `offeredLanguages` narrows them; the default (when the browser prefers none of them) is the first of
 * `offeredLanguages`, else the first of the stack's `languages` the page offers, else English (else the first).
 * @param {unknown} config e.g. `{"languages": ["pt", "en"], "offeredLanguages": ["pt", "en", "es"]}`
 * @returns {{languages: string[], fallback: string}}
 */
export function offeredLanguages(config) {
  const read = (/** @type {unknown} */ list) =>
    Array.isArray(list) ? list.map(languageOfTag).filter((code) => code !== null) : [];
  const settings = config && typeof config === "object" ? /** @type {Record<string, unknown>} */ (config) : {};
  const narrowed = read(settings.offeredLanguages);
  const languages = narrowed.length > 0 ? LANGUAGE_CODES.filter((c) => narrowed.includes(c)) : [...LANGUAGE_CODES];
  const hints = [...narrowed, ...read(settings.languages), FALLBACK_LANGUAGE, languages[0]];
  const fallback = hints.find((code) => languages.includes(code)) ?? languages[0];
  return { languages, fallback };
}

/**
 * The first of the user's preferences (their stored choice, then `navigator.languages`) that the page
 * offers, matched on the primary subtag (`pt-BR` -> `pt`, `no`/`nn` -> `nb`); else `fallback`.
 * @param {readonly unknown[]} preferred
 * @param {readonly string[]} offered
 * @param {string} fallback
 * @returns {string}
 */
export function pickLanguage(preferred, offered, fallback) {
  for (const tag of preferred ?? []) {
    const code = languageOfTag(tag);
    if (code !== null && offered.includes(code)) return code;
  }
  return fallback;
}

/**
 * A number in the current language (`1234` is "1,234" in English, "1234" or "1 234" in Portuguese).
 * @param {number} value
 * @returns {string}
 */
export function formatNumber(value) {
  return new Intl.NumberFormat(current).format(value);
}

/**
 * A date and time in the current language (short date, short time); "" when the value is not a date.
 * @param {string|number|Date} value
 * @returns {string}
 */
export function formatDateTime(value) {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return "";
  return new Intl.DateTimeFormat(current, { dateStyle: "short", timeStyle: "short" }).format(date);
}

/**
 * Items joined as the current language lists them ("a, b and c", "a, b i c").
 * @param {readonly string[]} items
 * @returns {string}
 */
export function formatList(items) {
  return new Intl.ListFormat(current, { type: "conjunction" }).format(items);
}

/**
 * A country's name in the current language (`PL` -> "Polska" in Polish); the code when Intl has none.
 * @param {string} code
 * @returns {string}
 */
export function countryName(code) {
  try {
    return new Intl.DisplayNames([current], { type: "region", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A language's own name ("Português", "Ελληνικά"), for the language switch; the code when the page lacks it.
 * @param {string} code
 * @returns {string}
 */
export function languageName(code) {
  return LANGUAGES.find(([c]) => c === code)?.[1] ?? code;
}

/**
 * The languages offered and the default, from `/page-config.json`; every language when it is missing.
 * @param {typeof fetch} [fetchImpl]
 * @returns {Promise<{languages: string[], fallback: string}>}
 */
export async function loadPageConfig(fetchImpl = globalThis.fetch) {
  try {
    const response = await fetchImpl(PAGE_CONFIG_PATH, { cache: "no-cache" });
    return offeredLanguages(response.ok ? await response.json() : null);
  } catch {
    return offeredLanguages(null);
  }
}

/**
 * Put the current language's strings into the page: `data-i18n="key"` sets the text, `data-i18n-<attr>="key"`
 * sets that attribute (e.g. `data-i18n-aria-label`), and `<html lang>` follows.
 * @param {Document} doc
 */
export function applyTranslations(doc) {
  doc.documentElement.lang = current;
  for (const node of doc.querySelectorAll("[data-i18n]")) {
    node.textContent = t(node.getAttribute("data-i18n") ?? "");
  }
  for (const attribute of ["aria-label", "title"]) {
    for (const node of doc.querySelectorAll(`[data-i18n-${attribute}]`)) {
      node.setAttribute(attribute, t(node.getAttribute(`data-i18n-${attribute}`) ?? ""));
    }
  }
  doc.title = t("page.title");
}
