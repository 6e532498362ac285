import { questionBank } from '$lib/server/bank';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ articles: questionBank().summaries() });
