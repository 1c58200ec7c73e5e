/**
 * Search across the self-study content with Pagefind. The index is built from the prerendered pages
 * (astro-pagefind, after the build) and split by `<html lang>`: Pagefind picks the index of the page
 * it runs on, so searching from /nn/… searches the nynorsk pages and from /… the bokmål ones.
 *
 * Reads `?q=` on load, so the plain search form on the self-study front page (no JavaScript there)
 * lands here with the query. Written with React's API, plain HTML with Aksel classes.
 */
import './search.css';
import { useEffect, useState, type FormEvent } from 'react';
import type { Lang } from '#i18n/index.ts';
import { translatorFor } from '#i18n/translate.ts';
import type { SearchStrings } from './strings.ts';

export type SearchProps = {
	lang: Lang;
	strings: SearchStrings;
	/** This page's path, kept in the address bar with the query. */
	pagePath: string;
};

type Result = { url: string; title: string; kind: string | null; excerpt: string };

type PagefindResult = {
	data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
};
type Pagefind = {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (query: string) => Promise<{ results: PagefindResult[] }>;
};

/** Where the index is served; a variable, so neither Vite nor the type check tries to resolve it at build time. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
const MAX_RESULTS = 20;

let loading: Promise<Pagefind> | undefined;
function pagefind(): Promise<Pagefind> {
	loading ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(
		async (module) => {
			await module.options({ excerptLength: 24 });
			await module.init();
			return module;
		},
	);
	loading.catch(() => {
		loading = undefined;
	});
	return loading;
}

/** Pagefind gives '/regelverk/34/'; the site's own links have no trailing slash. */
function cleanUrl(url: string): string {
	return url.length > 1 ? url.replace(/\/(index\.html)?$/, '') : url;
}

type State =
	| { status: 'idle' }
	| { status: 'loading'; query: string }
	| { status: 'done'; query: string; results: Result[] }
	| { status: 'error' };

export default function Search({ lang, strings: s, pagePath }: SearchProps) {
	const t = translatorFor(lang, s);
	const [query, setQuery] = useState('');
	const [state, setState] = useState<State>({ status: 'idle' });
	const [ready, setReady] = useState(false);

	const run = async (text: string) => {
		const q = text.trim();
		if (q === '') {
			setState({ status: 'idle' });
			return;
		}
		setState({ status: 'loading', query: q });
		try {
			const found = await (await pagefind()).search(q);
			const data = await Promise.all(
				found.results.slice(0, MAX_RESULTS).map((result) => result.data()),
			);
			setState({
				status: 'done',
				query: q,
				results: data.map((d) => ({
					url: cleanUrl(d.meta['url'] ?? d.url),
					title: d.meta['title'] ?? d.url,
					kind: d.meta['kind'] ?? null,
					excerpt: d.excerpt,
				})),
			});
		} catch {
			setState({ status: 'error' });
		}
	};

	useEffect(() => {
		setReady(true);
		const q = new URLSearchParams(window.location.search).get('q') ?? '';
		if (q.trim() !== '') {
			setQuery(q);
			void run(q);
		}
	}, []);

	const onSubmit = (event: FormEvent<HTMLFormElement>) => {
		event.preventDefault();
		const q = query.trim();
		window.history.replaceState(
			null,
			'',
			q === '' ? pagePath : `${pagePath}?q=${encodeURIComponent(q)}`,
		);
		void run(q);
	};

	const status =
		state.status === 'loading'
			? s['search.loading']
			: state.status === 'error'
				? s['search.error']
				: state.status === 'done'
					? state.results.length === 0
						? t('search.none', { query: state.query })
						: t.n('search.hits', state.results.length, { query: state.query })
					: '';

	return (
		<div className="kvp-search" data-testid="search" data-ready={ready ? 'true' : 'false'}>
			<form
				role="search"
				className="kvp-ss-search"
				action={pagePath}
				method="get"
				onSubmit={onSubmit}
			>
				<div className="aksel-form-field aksel-form-field--medium">
					<label htmlFor="kvp-search-input" className="aksel-form-field__label aksel-label">
						{s['search.label']}
					</label>
					<div
						id="kvp-search-hint"
						className="aksel-form-field__description aksel-body-short aksel-body-short--medium"
					>
						{s['search.hint']}
					</div>
					<input
						id="kvp-search-input"
						name="q"
						type="search"
						autoComplete="off"
						aria-describedby="kvp-search-hint"
						className="aksel-text-field__input aksel-body-short aksel-body-short--medium"
						value={query}
						onChange={(event) => setQuery(event.currentTarget.value)}
					/>
				</div>
				<button type="submit" className="aksel-button aksel-button--medium" data-variant="primary">
					<span className="aksel-label">{s['search.submit']}</span>
				</button>
			</form>
			<p className="aksel-body-short kvp-search__status" role="status" data-testid="search-status">
				{status}
			</p>
			{state.status === 'done' && state.results.length > 0 && (
				<ol className="kvp-search__results" data-testid="search-results">
					{state.results.map((result) => (
						<li key={result.url}>
							<p className="aksel-heading aksel-heading--xsmall">
								<a className="aksel-link" href={result.url}>
									{result.title}
								</a>
							</p>
							{result.kind && <p className="aksel-detail kvp-ss-muted">{result.kind}</p>}
							{/* Pagefind's excerpt: text from our own pages, escaped, with <mark> around the hits. */}
							<p
								className="aksel-body-short"
								dangerouslySetInnerHTML={{ __html: result.excerpt }}
							/>
						</li>
					))}
				</ol>
			)}
		</div>
	);
}
