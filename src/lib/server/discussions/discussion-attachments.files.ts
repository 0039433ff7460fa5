import {
	detectFileType,
	readImageSize,
	sanitizeFileName,
	type DetectedType
} from '../solutions/solution-attachments.files.ts';
import type { FormProblem } from '../solutions/solution-editor.schema.ts';

/** How many files one post may carry, and how large each may be. */
export const MAX_POST_FILES = 5;
export const MAX_POST_FILE_BYTES = 5 * 1024 * 1024;

/** A file as the form hands it over; its name is only a hint. */
export interface PostFile {
	name: string;
	bytes: Uint8Array;
}

export interface CheckedFile {
	fileName: string;
	type: DetectedType;
	bytes: Uint8Array;
}

/**
 * Checks the files of a post by their content (JPEG, PNG, WebP or PDF, as solutions accept),
 * their size and their number. Every problem is about the `attachments` field. An empty file
 * input (a browser sends one nameless, empty file) counts as no file.
 */
export function checkPostFiles(files: readonly PostFile[]): {
	files: CheckedFile[];
	problems: FormProblem[];
} {
	const given = files.filter((file) => !(file.bytes.length === 0 && file.name === ''));
	const problems: FormProblem[] = [];
	if (given.length > MAX_POST_FILES) {
		problems.push({
			field: 'attachments',
			key: 'discussions.error.tooManyFiles',
			values: { max: MAX_POST_FILES }
		});
		return { files: [], problems };
	}
	const checked: CheckedFile[] = [];
	for (const file of given) {
		const name = file.name.slice(0, 100) || '?';
		const type = file.bytes.length > 0 ? detectFileType(file.bytes) : null;
		if (file.bytes.length === 0) {
			problems.push({ field: 'attachments', key: 'discussions.error.fileEmpty', values: { name } });
		} else if (file.bytes.length > MAX_POST_FILE_BYTES) {
			problems.push({
				field: 'attachments',
				key: 'discussions.error.fileTooLarge',
				values: { name, megabytes: MAX_POST_FILE_BYTES / (1024 * 1024) }
			});
		} else if (!type) {
			problems.push({ field: 'attachments', key: 'discussions.error.fileType', values: { name } });
		} else if (type.kind === 'image' && !readImageSize(file.bytes)) {
			problems.push({
				field: 'attachments',
				key: 'discussions.error.fileBroken',
				values: { name }
			});
		} else {
			checked.push({
				fileName: sanitizeFileName(file.name, type.extension),
				type,
				bytes: file.bytes
			});
		}
	}
	return { files: problems.length > 0 ? [] : checked, problems };
}
