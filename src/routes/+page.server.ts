import { getHomePage } from '#lib/server/home/home.service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => getHomePage(locals);
