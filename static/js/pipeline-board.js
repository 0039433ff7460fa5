// Drag and drop on the brokering board, as an enhancement: a card dropped on another column is
// posted to the board's own "move" form action (the same use-case as the card's button), then the
// board reloads where the server sends it. Closing needs a reason: the connection's page asks it.
(function () {
	'use strict';
	var board = document.querySelector('[data-pipeline-board]');
	var status = document.getElementById('board-status');
	if (!board || !status || !window.fetch || !window.FormData) return;
	var dragged = null;

	function say(message) {
		status.textContent = message;
	}

	// SvelteKit answers a failed action with its data serialized by devalue: an array whose first
	// item maps each field to the index of its value.
	function messageOf(result) {
		try {
			var data = JSON.parse(result.data);
			var index = data[0].message;
			return typeof data[index] === 'string' ? data[index] : null;
		} catch {
			return null;
		}
	}

	function move(card, stage) {
		if (stage === 'closed') {
			location.assign(card.getAttribute('data-path') + '?to=closed#move');
			return;
		}
		var body = new FormData();
		body.append('connection', card.getAttribute('data-connection'));
		body.append('to', stage);
		body.append('filters', board.getAttribute('data-filters') || '');
		say(board.getAttribute('data-moving'));
		fetch(new URL('?/move', location.href), {
			method: 'POST',
			body: body,
			headers: { accept: 'application/json' },
			credentials: 'same-origin'
		})
			.then(function (response) {
				return response.json();
			})
			.then(function (result) {
				if (result.type === 'redirect') location.assign(result.location);
				else say(messageOf(result) || board.getAttribute('data-failed'));
			})
			.catch(function () {
				say(board.getAttribute('data-failed'));
			});
	}

	board.querySelectorAll('[data-connection]').forEach(function (card) {
		card.setAttribute('draggable', 'true');
		card.addEventListener('dragstart', function (event) {
			dragged = card;
			event.dataTransfer.effectAllowed = 'move';
			event.dataTransfer.setData('text/plain', card.getAttribute('data-connection'));
		});
		card.addEventListener('dragend', function () {
			dragged = null;
		});
	});

	board.querySelectorAll('[data-stage]').forEach(function (column) {
		var stage = column.getAttribute('data-stage');
		function accepts() {
			return dragged && dragged.closest('[data-stage]') !== column;
		}
		column.addEventListener('dragover', function (event) {
			if (!accepts()) return;
			event.preventDefault();
			column.classList.add('drop-target');
		});
		column.addEventListener('dragleave', function (event) {
			if (!column.contains(event.relatedTarget)) column.classList.remove('drop-target');
		});
		column.addEventListener('drop', function (event) {
			column.classList.remove('drop-target');
			if (!accepts()) return;
			event.preventDefault();
			move(dragged, stage);
		});
	});
})();
