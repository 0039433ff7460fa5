import type { SdgGoalName, SectorName } from './taxonomy.repository.ts';

export interface SdgBadge {
	number: number;
	shortName: string;
	color: string;
}

export function presentSdgBadges(goals: number[], names: Map<number, SdgGoalName>): SdgBadge[] {
	return [...new Set(goals)]
		.sort((a, b) => a - b)
		.flatMap((goal) => {
			const name = names.get(goal);
			return name ? [{ number: goal, shortName: name.shortName, color: name.color }] : [];
		});
}

export function presentSectors(slugs: string[], names: Map<string, SectorName>): SectorName[] {
	return slugs.flatMap((slug) => {
		const sector = names.get(slug);
		return sector ? [sector] : [];
	});
}
