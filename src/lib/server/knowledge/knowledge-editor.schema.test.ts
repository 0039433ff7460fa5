import { describe, expect, it } from 'vitest';
import {
	checkKnowledgeValues,
	emptyKnowledgeValues,
	formatDuration,
	knowledgeValuesFromForm,
	parseDuration
} from './knowledge-editor.schema.ts';

describe('knowledge form values', () => {
	it('reads durations as a clock writes them, and writes them back', () => {
		expect(parseDuration('12:30')).toBe(750);
		expect(parseDuration(' 1:02:03 ')).toBe(3723);
		expect(parseDuration('90:00')).toBe(5400);
		for (const bad of ['12', '12:60', '1:60:00', 'a:bc', '0:00', '']) {
			expect(parseDuration(bad), bad).toBeNull();
		}
		expect(formatDuration(750)).toBe('12:30');
		expect(formatDuration(3723)).toBe('1:02:03');
		expect(formatDuration(null)).toBe('');
	});

	it('reads repeated link fields from a form as lists, and single fields as text', () => {
		const form = new FormData();
		form.append('title', 'Toolkit');
		form.append('clusters', 'waste-management');
		form.append('clusters', 'energy');
		form.append('events', '');
		expect(knowledgeValuesFromForm(form)).toMatchObject({
			title: 'Toolkit',
			kind: '',
			clusters: ['waste-management', 'energy'],
			events: []
		});
	});

	it('checks a video: its page address is needed, a duration is kept, dates are real', () => {
		const video = {
			...emptyKnowledgeValues(),
			title: 'A short film',
			kind: 'video',
			summary: 'What the city learned about compost.',
			language: 'fr',
			publisher: 'unossc',
			duration: '3:05',
			publishedOn: '2024-02-29'
		};
		expect(checkKnowledgeValues(video).problems).toEqual([
			{ field: 'url', key: 'knowledgeForm.error.videoUrl' }
		]);
		const { checked, problems } = checkKnowledgeValues({
			...video,
			url: 'https://video.example.org/1'
		});
		expect(problems).toEqual([]);
		expect(checked).toMatchObject({ durationSeconds: 185, publishedOn: '2024-02-29' });
		expect(
			checkKnowledgeValues({ ...video, url: 'https://x.org', publishedOn: '2023-02-29' }).problems
		).toEqual([{ field: 'publishedOn', key: 'knowledgeForm.error.publishedOn' }]);
	});
});
