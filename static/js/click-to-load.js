// Click to load a recording's player: until then the page asks nothing of the video site. A
// plain click on a recording link puts the site's privacy-enhanced player in its place; any
// other click (new tab, new window) and readers without JavaScript just follow the link.
(function () {
	'use strict';
	document.addEventListener('click', function (event) {
		if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
			return;
		}
		var link = event.target.closest && event.target.closest('a[data-embed-url]');
		if (!link) return;
		var src = link.getAttribute('data-embed-url');
		if (!/^https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\//.test(src)) return;
		event.preventDefault();
		var frame = document.createElement('iframe');
		frame.src = src;
		frame.title = link.getAttribute('data-embed-title') || '';
		frame.allow = 'autoplay; fullscreen; picture-in-picture';
		frame.allowFullscreen = true;
		frame.className = 'recording-player';
		var caption = link.querySelector('[data-recording-caption]');
		link.replaceWith(frame);
		if (caption) frame.after(caption);
		frame.focus();
	});
})();
