// A page's HTML without the strings SvelteKit writes into it for the page's translator: the JSON of
// /i18n/<lang>/<namespace> that the root layout's load fetched. That JSON holds every message of the
// page's namespaces, shown or not, so a test asking whether a page shows a message reads the rest.
export function withoutTranslations(html: string): string {
	return html.replace(
		/<script type="application\/json" data-sveltekit-fetched data-url="\/i18n\/[^"]*"[^>]*>[^<]*<\/script>/gu,
		''
	);
}
