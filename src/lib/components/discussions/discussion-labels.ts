import type { Translate } from '#lib/i18n/translator.ts';
import type { Notice } from '#lib/server/discussions/discussions-form.http.ts';

const NOTICE_KEYS: Record<Notice, string> = {
	posted: 'discussions.notice.posted',
	held: 'discussions.notice.held',
	followed: 'discussions.notice.followed',
	unfollowed: 'discussions.notice.unfollowed',
	reported: 'discussions.notice.reported',
	approve: 'discussions.notice.approve',
	reject: 'discussions.notice.reject',
	hide: 'discussions.notice.hide',
	unhide: 'discussions.notice.unhide',
	keep: 'discussions.notice.keep',
	locked: 'discussions.notice.locked',
	unlocked: 'discussions.notice.unlocked',
	pinned: 'discussions.notice.pinned',
	unpinned: 'discussions.notice.unpinned'
};

/** The notice shown once after an action, in the reader's language. */
export function noticeText(t: Translate, notice: Notice | null): string | undefined {
	return notice === null ? undefined : t(NOTICE_KEYS[notice]);
}

type Status = 'visible' | 'held' | 'hidden';

/** A thread's state as a badge: "Waiting for review", "Hidden". */
export function threadStatusLabel(t: Translate, status: Status): string {
	const keys: Record<Status, string> = {
		visible: 'discussions.status.visible',
		held: 'discussions.status.held',
		hidden: 'discussions.status.hidden'
	};
	return t(keys[status]);
}

/** Who sees a post that is not visible to everyone, and why. */
export function postStateText(t: Translate, status: Status): string {
	const keys: Record<Status, string> = {
		visible: 'discussions.postState.visible',
		held: 'discussions.postState.held',
		hidden: 'discussions.postState.hidden'
	};
	return t(keys[status]);
}

/** An author's name, or how to speak of one whose account is gone. */
export function authorName(t: Translate, author: string | null): string {
	return author ?? t('discussions.formerMember');
}

/** What went wrong with an action: its message and the reason given for each field. */
export function failureText(
	form: { message?: string; errors?: Record<string, string> } | null | undefined,
	shownAtFields: readonly string[] = []
): string | undefined {
	if (!form?.message) return undefined;
	const others = Object.entries(form.errors ?? {})
		.filter(([name]) => !shownAtFields.includes(name))
		.map(([, reason]) => reason);
	return [form.message, ...others].join(' ');
}
