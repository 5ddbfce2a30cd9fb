"""The toolkit's own library: the content model and the editors' checks.

- blocks_data: the data file of building blocks (docs/_data/blokken.yml), loaded and checked;
- content_checks: the mistakes an editor can make in a page or in the reference catalogue;
- editor_yaml: YAML loading with error messages in Dutch;
- github_markdown: the Markdown extensions that make the site show what GitHub's preview shows;
- github_preview: the few places GitHub's preview still shows differently, per line;
- review_dates: pages due for a content review, and open items.

No MkDocs imports: the MkDocs hooks in hooks/, the commands in scripts/, the macro module and
the tests all call these. scripts/bootstrap puts scripts/ on the virtualenv's path, so
`import toolkit` works from the hooks that MkDocs loads by file path.
"""
