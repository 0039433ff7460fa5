import { describe, expect, it } from 'vitest';
import { jsonLdBlock, renderJsonLd } from '../../components/common/json-ld.testing.ts';
import {
	contentSize,
	isoDuration,
	knowledgeJsonLd,
	type KnowledgeJsonLdInput
} from './knowledge-jsonld.ts';

const origin = 'https://galaxy.example.org';
const publisher = { slug: 'unossc', name: 'UN Office for South-South Cooperation' };

const video: KnowledgeJsonLdInput = {
	slug: 'south-south-cities-clusters',
	title: 'South-South Cities Clusters',
	kind: 'video',
	summary: 'How the clusters work.',
	publishedOn: '2022-10-18',
	language: 'en',
	publisher,
	durationSeconds: 3723,
	url: 'https://www.youtube.com/watch?v=abcdefghijk',
	thumbnailUrl: '/knowledge/south-south-cities-clusters/poster.svg',
	embedUrl: 'https://www.youtube-nocookie.com/embed/abcdefghijk'
};

describe('isoDuration', () => {
	it('writes hours, minutes and seconds, leaving out zeros', () => {
		expect(isoDuration(3723)).toBe('PT1H2M3S');
		expect(isoDuration(60)).toBe('PT1M');
		expect(isoDuration(3600 + 5)).toBe('PT1H5S');
		expect(isoDuration(0)).toBe('PT0S');
	});
});

describe('contentSize', () => {
	it('uses decimal units', () => {
		expect(contentSize(2_400_000)).toBe('2.4 MB');
		expect(contentSize(830_400)).toBe('830 kB');
		expect(contentSize(512)).toBe('512 B');
	});
});

describe('knowledgeJsonLd', () => {
	it('describes a video as a VideoObject', () => {
		expect(knowledgeJsonLd(video, origin)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'VideoObject',
			name: 'South-South Cities Clusters',
			description: 'How the clusters work.',
			url: `${origin}/knowledge/south-south-cities-clusters`,
			inLanguage: 'en',
			uploadDate: '2022-10-18',
			duration: 'PT1H2M3S',
			thumbnailUrl: `${origin}/knowledge/south-south-cities-clusters/poster.svg`,
			embedUrl: 'https://www.youtube-nocookie.com/embed/abcdefghijk',
			sameAs: 'https://www.youtube.com/watch?v=abcdefghijk',
			publisher: {
				'@type': 'Organization',
				name: 'UN Office for South-South Cooperation',
				url: `${origin}/partners/unossc`
			}
		});
	});

	it('leaves out what a video does not have', () => {
		const data = knowledgeJsonLd(
			{
				...video,
				durationSeconds: null,
				url: null,
				thumbnailUrl: null,
				embedUrl: null,
				publisher: null
			},
			origin
		);
		for (const key of ['duration', 'sameAs', 'thumbnailUrl', 'embedUrl', 'publisher']) {
			expect(data).not.toHaveProperty(key);
		}
	});

	it('describes a publication with its PDF as a Report with size and page count', () => {
		const data = knowledgeJsonLd(
			{
				slug: 'cities-report',
				title: 'Cities report',
				kind: 'publication',
				summary: 'What cities learnt.',
				description: 'A longer text.',
				publishedOn: '2023-05-02',
				language: 'fr',
				publisher,
				thumbnailUrl: '/knowledge/cities-report/cover.png',
				document: {
					url: '/knowledge/cities-report/cities-report.pdf',
					mediaType: 'application/pdf',
					byteSize: 2_400_000,
					pageCount: 48
				}
			},
			origin
		);
		expect(data).toMatchObject({
			'@type': 'Report',
			name: 'Cities report',
			abstract: 'What cities learnt.',
			description: 'A longer text.',
			datePublished: '2023-05-02',
			inLanguage: 'fr',
			image: `${origin}/knowledge/cities-report/cover.png`,
			numberOfPages: 48,
			encoding: {
				'@type': 'MediaObject',
				contentUrl: `${origin}/knowledge/cities-report/cities-report.pdf`,
				encodingFormat: 'application/pdf',
				contentSize: '2.4 MB',
				numberOfPages: 48
			}
		});
		expect(data).not.toHaveProperty('genre');
	});

	it('describes case studies and toolkits as creative works of that genre', () => {
		const base = { ...video, durationSeconds: null, embedUrl: null };
		const caseStudy = knowledgeJsonLd({ ...base, kind: 'case-study' }, origin);
		expect(caseStudy).toMatchObject({ '@type': 'CreativeWork', genre: 'Case study' });
		expect(caseStudy).not.toHaveProperty('encoding');
		expect(knowledgeJsonLd({ ...base, kind: 'toolkit' }, origin)).toMatchObject({
			'@type': 'CreativeWork',
			genre: 'Toolkit'
		});
	});

	it('stays inert in the page when a title tries to close the script', async () => {
		const title = '</script><script>alert(1)</script>';
		const head = await renderJsonLd(knowledgeJsonLd({ ...video, title }, origin));
		expect(head.match(/<script/g)).toHaveLength(1);
		expect(jsonLdBlock(head)).toMatchObject({ name: title });
	});
});
