import { adminsOnly, type MatrixEntry } from './roles.ts';

/** Background jobs as admins see them. */
export const JOB_ROUTES: Record<string, MatrixEntry> = {
	'/admin/jobs': adminsOnly('/admin/jobs')
};
