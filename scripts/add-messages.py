#!/usr/bin/env python3
"""Adds or replaces interface messages in every messages/<locale>.json at once.

Usage: python3 scripts/add-messages.py new-messages.json
where new-messages.json is {"some.key": {"en": "...", "fr": "...", ...}, ...} with all seven
locales for each key. Keys are appended in the given order (or replaced in place), and every
locale file is rewritten in English's key order, so the files stay aligned. A lock file
serializes concurrent runs.
"""
import fcntl, json, os, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'messages')
LOCALES = ['en', 'fr', 'es', 'pt', 'ar', 'ru', 'zh']

def main(path):
    with open(path, encoding='utf-8') as f:
        additions = json.load(f)
    for key, values in additions.items():
        missing = [l for l in LOCALES if l not in values]
        if missing:
            sys.exit(f'{key}: missing locales {missing}')
    with open(os.path.join(ROOT, '.lock'), 'w') as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        files = {}
        for locale in LOCALES:
            with open(os.path.join(ROOT, f'{locale}.json'), encoding='utf-8') as f:
                files[locale] = json.load(f)
        for key, values in additions.items():
            for locale in LOCALES:
                files[locale][key] = values[locale]
        order = list(files['en'].keys())
        for locale in LOCALES:
            data = files[locale]
            ordered = {k: data[k] for k in order if k in data}
            for k in data:
                if k not in ordered:
                    ordered[k] = data[k]
            with open(os.path.join(ROOT, f'{locale}.json'), 'w', encoding='utf-8') as f:
                f.write(json.dumps(ordered, ensure_ascii=False, indent='\t') + '\n')
    print(f'{len(additions)} keys written to {len(LOCALES)} locales')

if __name__ == '__main__':
    main(sys.argv[1])
