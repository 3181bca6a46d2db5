// Compiles templates/*.mjml to HTML once (issue 5 fills this in).
console.log('build: no templates yet');
