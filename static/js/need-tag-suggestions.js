// Suggests sector themes and SDGs for a need as its requester writes: 800 ms after typing stops
// in the title or the problem, it asks /needs/tag-suggestions and says the answer in the form's
// hint (a polite live region). Without it, "Suggest themes from my text" posts the form instead.
(function () {
	'use strict';
	var form = document.querySelector('form[data-need-form]');
	var hint = document.getElementById('tag-suggestions');
	if (!form || !hint || !window.fetch) return;
	var title = form.elements.namedItem('title');
	var description = form.elements.namedItem('description');
	var language = form.elements.namedItem('language');
	if (!title || !description || !language) return;
	var MAX = 2000;
	// Scripts that take several bytes a character make long addresses: keep them short.
	var URL_MAX = 6000;
	var DELAY = 800;
	var timer = 0;
	var asked = '';
	var latest = 0;
	var data = hint.dataset;

	function text() {
		var value = (title.value + '\n' + description.value).slice(0, MAX);
		while (encodeURIComponent(value).length > URL_MAX) {
			value = value.slice(0, Math.floor(value.length * 0.8));
		}
		return value;
	}

	function say(message) {
		if (hint.textContent.trim() === message) return;
		var paragraph = document.createElement('p');
		paragraph.textContent = message;
		hint.replaceChildren(paragraph);
	}

	function show(result) {
		var sectors = result.sectors
			.map(function (sector) {
				return sector.name;
			})
			.join(', ');
		var goals = result.sdgs
			.map(function (goal) {
				return data.sdg.replace('{number}', goal.number) + ' · ' + goal.name;
			})
			.join(', ');
		if (!sectors && !goals) return say(data.none);
		var parts = [];
		if (sectors) parts.push(data.sectors.replace('{list}', sectors));
		if (goals) parts.push(data.sdgs.replace('{list}', goals));
		say(data.found + ' ' + parts.join('; '));
	}

	function ask() {
		var value = text();
		if (value.trim().length < 12 || value + language.value === asked) return;
		asked = value + language.value;
		var ticket = ++latest;
		var url =
			data.endpoint +
			'?lang=' +
			encodeURIComponent(language.value) +
			'&text=' +
			encodeURIComponent(value) +
			'&ui=' +
			encodeURIComponent(document.documentElement.lang);
		fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' })
			.then(function (response) {
				return response.ok ? response.json() : null;
			})
			.then(function (result) {
				if (result && ticket === latest) show(result);
			})
			.catch(function () {});
	}

	function schedule() {
		clearTimeout(timer);
		timer = setTimeout(ask, DELAY);
	}

	title.addEventListener('input', schedule);
	description.addEventListener('input', schedule);
	language.addEventListener('change', schedule);
})();
