/**
 * The HTML-only parts of a page (the figures' data tables) left out of its inline RSC payload
 * (lib/publish/html-only.ts): the element keeps its props with an empty dangerouslySetInnerHTML instead of its
 * children, the rows only those children referred to go, rows referred to from elsewhere stay, byte-length rows are
 * read by their length, the inline stylesheet's text is left out too, and anything unexpected stops the build naming
 * the page.
 */
import { stripFlight, stripHtmlOnly } from "../lib/publish/html-only";

// A Flight text written by hand: row 3 holds an HTML-only div whose children are row 4 (lazy), which refers to the
// large-text row 5 ("é" is 2 bytes: the length counts bytes) and to row 6, which row 7 (outside) also refers to.
const flight = [
  '1:"$Sreact.fragment"\n',
  '2:I[123,[],"CopyButton"]\n',
  '3:["$","div",null,{"children":[["$","p",null,{"children":"kept"}],["$","div",null,{"data-html-only":"","children":"$L4"}],["$","$L2",null,{"text":"x"}]]}]\n',
  '4:["$","table",null,{"children":["$5","$6"]}]\n',
  "5:T3,é:",
  '6:["$","td",null,{"children":"shared"}]\n',
  '7:["$","p",null,{"children":"$6"}]\n',
].join("");

test("the HTML-only element's children go, with the rows only they referred to; the rest is byte for byte", () => {
  const { text, n } = stripFlight("p.html", flight);
  expect(n).toBe(1);
  expect(text).toBe(
    [
      '1:"$Sreact.fragment"\n',
      '2:I[123,[],"CopyButton"]\n',
      '3:["$","div",null,{"children":[["$","p",null,{"children":"kept"}],["$","div",null,{"data-html-only":"","dangerouslySetInnerHTML":{"__html":""}}],["$","$L2",null,{"text":"x"}]]}]\n',
      '6:["$","td",null,{"children":"shared"}]\n',
      '7:["$","p",null,{"children":"$6"}]\n',
    ].join(""),
  );
});

test("the inline stylesheet's text goes from the payload (React finds the <style> by its href); its row with it", () => {
  const css = "body{color:red}";
  const text = [
    `8:["$","style","0",{"nonce":"$undefined","precedence":"next","href":"/_next/static/chunks/a.css","children":"$9"}]\n`,
    `9:T${css.length.toString(16)},${css}`,
    '10:["$","style",null,{"children":"p{}"}]\n',
  ].join("");
  expect(stripFlight("p.html", text)).toEqual({
    n: 0,
    text: [
      '8:["$","style","0",{"nonce":"$undefined","precedence":"next","href":"/_next/static/chunks/a.css","children":""}]\n',
      '10:["$","style",null,{"children":"p{}"}]\n',
    ].join(""),
  });
});

const script = (pieces: string[]) =>
  `<script>(self.__next_f=self.__next_f||[]).push([0]);${pieces.map((p) => `self.__next_f.push(${JSON.stringify([1, p])})`).join(";")}</script>`;

test("a page: its payload script becomes one piece without the HTML-only children, `<` escaped; markup untouched", () => {
  // the row split between two pieces, as Next writes them
  const markup = '<div data-html-only=""><table><tr><td>1</td></tr></table></div>';
  const html = `<body>${markup}${script([flight.slice(0, 150), flight.slice(150)])}</body>`;
  const { html: out, n } = stripHtmlOnly("en/charts/x/index.html", html);
  expect(n).toBe(1);
  expect(out.startsWith(`<body>${markup}<script>`)).toBe(true);
  const piece = /self\.__next_f\.push\((\[1,[\s\S]*\])\)<\/script>/.exec(out)![1];
  expect(piece).not.toContain("<");
  expect(JSON.parse(piece)[1]).toBe(stripFlight("x", flight).text);
  // again over its own output: nothing changes
  expect(stripHtmlOnly("en/charts/x/index.html", out)).toEqual({ html: out, n: 1 });
});

test("a page without HTML-only parts is unchanged", () => {
  const html = `<body>${script(['1:"x"\n'])}</body>`;
  expect(stripHtmlOnly("p.html", html)).toEqual({ html, n: 0 });
});

test("an HTML-only part missing from the payload, or a payload script holding other code, stops the build", () => {
  const lonely = `<body><div data-html-only="">x</div>${script(['1:["$","p",null,{}]\n'])}</body>`;
  expect(() => stripHtmlOnly("fr/index.html", lonely)).toThrow(
    "fr/index.html: 1 HTML-only part(s) in the markup, 0 found in the RSC payload script",
  );
  const other = `<body><div data-html-only="">x</div><script>(self.__next_f=self.__next_f||[]).push([0]);alert(1)</script></body>`;
  expect(() => stripHtmlOnly("fr/index.html", other)).toThrow(
    "fr/index.html: the RSC payload script holds more than text pieces",
  );
  expect(() => stripFlight("p.html", 'x:["$","div",null,{"data-html-only":""}]\n')).toThrow(
    "p.html: the RSC payload has a row without an id at byte 0",
  );
});
