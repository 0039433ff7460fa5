import { readConfig } from '#lib/server/config/config.ts';
import { knowledgeSlugOf } from '#lib/server/knowledge/knowledge-form.http.ts';
import { knowledgeJsonLd } from '#lib/server/knowledge/knowledge-jsonld.ts';
import { getKnowledgePage } from '#lib/server/knowledge/knowledge.service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { product, canEdit } = await getKnowledgePage(locals, knowledgeSlugOf(params));
	const jsonLd = knowledgeJsonLd(
		{
			...product,
			thumbnailUrl: product.coverUrl,
			document: product.fileUrl
				? {
						url: product.fileUrl,
						mediaType: 'application/pdf',
						byteSize: product.byteSize ?? 0,
						pageCount: product.pageCount
					}
				: null
		},
		readConfig().origin
	);
	const notice = url.searchParams.has('published')
		? 'published'
		: url.searchParams.has('saved')
			? 'saved'
			: null;
	return { product, canEdit, jsonLd, notice };
};
