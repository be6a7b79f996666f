// Package docs holds the user documentation (Markdown files in this
// directory). Its tests keep it honest: docs/diagnosis.md is generated
// from the cause-code catalog, every relative link and #anchor in
// README.md and docs/ resolves, every cause code named exists, and every
// module the binary links is named in dependencies.md.
package docs
