// Saves a solution draft a few seconds after typing stops, through the page's own "save" form
// action (the same service and rules as the Save button), and says so in a live region.
(function () {
	'use strict';
	var form = document.querySelector('form[data-autosave]');
	var status = form && document.getElementById(form.getAttribute('data-autosave'));
	if (!form || !status || !window.fetch || !window.FormData) return;
	var DELAY = 3000;
	var timer = 0;
	var saving = false;
	var again = false;

	function say(message) {
		status.textContent = message;
	}

	function time() {
		return new Date().toLocaleTimeString(document.documentElement.lang || undefined, {
			hour: '2-digit',
			minute: '2-digit'
		});
	}

	function save() {
		if (saving) {
			again = true;
			return;
		}
		// A draft needs a title; until there is one there is nothing to save.
		if (!form.elements.namedItem('title').value.trim()) return;
		saving = true;
		say(status.getAttribute('data-saving'));
		fetch(new URL('?/save', location.href), {
			method: 'POST',
			body: new FormData(form),
			headers: { accept: 'application/json' },
			credentials: 'same-origin'
		})
			.then(function (response) {
				return response.json();
			})
			.then(function (result) {
				if (result.type === 'redirect') {
					// The first save of a new solution gives it an address: stay on it from now on.
					var target = new URL(result.location, location.href);
					if (target.pathname !== location.pathname) {
						history.replaceState(null, '', target.pathname);
					}
				}
				if (result.type === 'redirect' || result.type === 'success') {
					say(status.getAttribute('data-saved').replace('{time}', time()));
				} else {
					say(status.getAttribute('data-failed'));
				}
			})
			.catch(function () {
				say(status.getAttribute('data-failed'));
			})
			.then(function () {
				saving = false;
				if (again) {
					again = false;
					schedule();
				}
			});
	}

	function schedule() {
		clearTimeout(timer);
		timer = setTimeout(save, DELAY);
	}

	form.addEventListener('input', schedule);
	form.addEventListener('change', schedule);
	// The buttons post the form themselves: a pending autosave would only repeat it.
	form.addEventListener('submit', function () {
		clearTimeout(timer);
	});
})();
