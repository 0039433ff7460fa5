// Event times in the reader's own time zone. Without this script the page still shows the
// event's zone, and /preferences/time-zone lets people choose theirs.
(function () {
	'use strict';
	var zone;
	try {
		zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	} catch {
		return;
	}
	if (!zone) return;
	// Remember the browser's zone for the server's next pages, unless a choice was made already.
	if (!/(?:^|;\s*)tz=/.test(document.cookie)) {
		document.cookie =
			'tz=' +
			encodeURIComponent(zone) +
			'; path=/; max-age=31536000; samesite=lax' +
			(location.protocol === 'https:' ? '; secure' : '');
	}
	var format = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		hour: 'numeric',
		minute: '2-digit',
		timeZoneName: 'short'
	});
	// The wall clock of an instant in a zone: two zones agree when it reads the same in both.
	function clock(date, timeZone) {
		try {
			return new Intl.DateTimeFormat('en', {
				timeZone: timeZone,
				day: 'numeric',
				hour: 'numeric',
				minute: 'numeric'
			}).format(date);
		} catch {
			return '';
		}
	}
	var times = document.querySelectorAll('time[data-local]');
	for (var i = 0; i < times.length; i++) {
		var time = times[i];
		var start = new Date(time.getAttribute('datetime'));
		var end = new Date(time.getAttribute('data-end') || time.getAttribute('datetime'));
		if (isNaN(start.getTime()) || isNaN(end.getTime())) continue;
		var eventZone = time.getAttribute('data-zone');
		// Same clock as the event's own line: a second line would only repeat it.
		if (eventZone && clock(start, eventZone) === clock(start, zone)) {
			if (clock(end, eventZone) === clock(end, zone)) continue;
		}
		time.textContent =
			(end > start && format.formatRange ? format.formatRange(start, end) : format.format(start)) +
			' (' +
			zone +
			')';
		var line = time.closest('[data-local-line]');
		if (line) line.hidden = false;
	}
})();
