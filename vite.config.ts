import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [
		sveltekit({
			compilerOptions: {
				runes: ({ filename }) =>
					filename.split(/[/\\]/).includes('node_modules') ? undefined : true
			},
			adapter: adapter({ out: 'build', precompress: true }),
			csp: {
				mode: 'hash',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					'style-src': ['self'],
					'img-src': ['self', 'data:'],
					'font-src': ['self'],
					// Recordings' players, loaded only when the reader clicks (static/js/click-to-load.js).
					'frame-src': ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
					'connect-src': ['self'],
					'object-src': ['none'],
					'base-uri': ['none'],
					'form-action': ['self'],
					'frame-ancestors': ['none']
				}
			},
			inlineStyleThreshold: 0,
			// The same-origin check of form posts runs in our hook instead (http/same-origin.ts), so
			// that RFC 8058 one-click unsubscribe can be exempt; every other form post keeps it.
			csrf: { trustedOrigins: ['*'] }
		})
	]
});
