"""Nightly dead-link report for the toolkit site, driven by linkchecker.

Run it as `scripts/check_links` (see cli.py). One module per job:
config (linkcheck.toml); html_links + catalogue -> inventory (URLs and their places);
scheduler + linkchecker_process + linkchecker_launch (checking); classify (verdicts);
history (the state file); report_data + report_markdown (report.json, report.md);
atomic (safe file replacement). Reference rot: lcplugins/linkrot_capture (inside
linkchecker) + page_text (title and text fingerprint), soft404 (the per-site probe, pages
gone behind a 200 or a redirect), drift (changed content), archive (archived copies),
rot (applies them to a run).
"""
