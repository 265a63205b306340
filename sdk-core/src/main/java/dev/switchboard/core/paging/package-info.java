/**
 * Paging: {@link dev.switchboard.core.paging.Page} for one page, {@link dev.switchboard.core.paging.AutoPager} for
 * lazy iteration over all items, {@link dev.switchboard.core.paging.ListPage} as the generic page a provider builds
 * from items, the next-page query and a {@link dev.switchboard.core.paging.PageFetcher}, and
 * {@link dev.switchboard.core.paging.Paging} helpers for offset, page-number and cursor styles.
 */
package dev.switchboard.core.paging;
