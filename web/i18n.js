// The page's languages: one catalog per language (web/i18n/<code>.js), the language picked from the browser's
// preferences among the stack's languages (`/page-config.json`, written by the deployment), numbers and dates
// through Intl. Pure apart from `applyTranslations` (DOM) and `loadPageConfig` (fetch): Node tests it.

import de from "./i18n/de.js";
import en from "./i18n/en.js";
import es from "./i18n/es.js";
import fr from "./i18n/fr.js";
import it from "./i18n/it.js";
import pt from "./i18n/pt.js";

/** Every catalog the page has, by ISO 639-1 code. @type {Readonly<Record<string, Record<string, string>>>} */
export const CATALOGS = Object.freeze({ en, pt, es, fr, de, it });
/** Where the deployment writes the stack's languages (components/site_files.py PAGE_CONFIG_KEY). */
export const PAGE_CONFIG_PATH = "/page-config.json";
export const FALLBACK_LANGUAGE = "en";

let current = FALLBACK_LANGUAGE;

/** @returns {string} the language the page speaks now */
export function currentLanguage() {
  return current;
}

/**
 * Switch the page's language (strings drawn from now on); unknown codes are ignored.
 * @param {string} language
 * @returns {boolean} whether the language was set
 */
export function setLanguage(language) {
  if (!Object.hasOwn(CATALOGS, language)) return false;
  current = language;
  return true;
}

/**
 * A string of the current catalog, `{name}` placeholders filled from `params` (English, then the key itself,
 * when a catalog lacks it).
 * @param {string} key
 * @param {Record<string, string|number>} [params]
 * @returns {string}
 */
export function t(key, params = {}) {
  const catalog = CATALOGS[current];
  const text = Object.hasOwn(catalog, key) ? catalog[key] : Object.hasOwn(en, key) ? en[key] : key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/**
 * The stack's languages the page can speak, in the stack's order (first = default); English when none.
 * @param {unknown} configured e.g. `["pt", "en"]` from /page-config.json
 * @returns {string[]}
 */
export function availableLanguages(configured) {
  const list = Array.isArray(configured) ? configured : [];
  const codes = list
    .filter((code) => typeof code === "string")
    .map((code) => code.toLowerCase().split("-")[0])
    .filter((code) => Object.hasOwn(CATALOGS, code));
  const unique = [...new Set(codes)];
  return unique.length > 0 ? unique : [FALLBACK_LANGUAGE];
}

/**
 * The first of the browser's preferred languages (`navigator.languages`, e.g. `["pt-BR", "en"]`) that the
 * stack offers, matched on the primary subtag; else the stack's first language.
 * @param {readonly string[]} preferred
 * @param {readonly string[]} available non-empty
 * @returns {string}
 */
export function pickLanguage(preferred, available) {
  for (const tag of preferred ?? []) {
    if (typeof tag !== "string") continue;
    const primary = tag.toLowerCase().split("-")[0];
    if (available.includes(primary)) return primary;
  }
  return available[0] ?? FALLBACK_LANGUAGE;
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
 * A language's own name ("português", "Deutsch"), for the language switch.
 * @param {string} code
 * @returns {string}
 */
export function languageName(code) {
  try {
    const name = new Intl.DisplayNames([code], { type: "language" }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(code) + name.slice(1) : code;
  } catch {
    return code;
  }
}

/**
 * The stack's languages from `/page-config.json`; English only when it is missing or unreadable.
 * @param {typeof fetch} [fetchImpl]
 * @returns {Promise<string[]>}
 */
export async function loadPageConfig(fetchImpl = globalThis.fetch) {
  try {
    const response = await fetchImpl(PAGE_CONFIG_PATH, { cache: "no-cache" });
    if (!response.ok) return [FALLBACK_LANGUAGE];
    const config = await response.json();
    return availableLanguages(config?.languages);
  } catch {
    return [FALLBACK_LANGUAGE];
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
