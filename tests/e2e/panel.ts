/**
 * Drive a scene's Tweakpane panel the way a user does: by the labels and titles shown on screen.
 * Shared by the scenes' browser tests.
 */
import type { Locator, Page } from 'playwright-core';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The panel row whose label is exactly `label`. */
export function row(page: Page, label: string): Locator {
  return page.locator('#panel .tp-lblv').filter({
    has: page.locator(':scope > .tp-lblv_l', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }),
  });
}

/** Open the panel tab titled `title`. */
export async function tab(page: Page, title: string): Promise<void> {
  await page.locator('#panel .tp-tbiv_b', { hasText: title }).click();
}

/** Type into a number field (or a slider's text box) and commit it with Enter. */
export async function setNumber(page: Page, label: string, value: number | string): Promise<void> {
  const input = row(page, label).locator('input.tp-txtv_i');
  await input.fill(String(value));
  await input.press('Enter');
}

export async function numberShown(page: Page, label: string): Promise<string> {
  return row(page, label).locator('input.tp-txtv_i').inputValue();
}

export async function choose(page: Page, label: string, option: string): Promise<void> {
  await row(page, label).locator('select').selectOption({ label: option });
}

export async function toggle(page: Page, label: string): Promise<void> {
  // The input itself is hidden; the user clicks the drawn box.
  await row(page, label).locator('.tp-ckbv_w').click();
}

export async function press(page: Page, title: string | RegExp): Promise<void> {
  await page.locator('#panel .tp-btnv_b', { hasText: title }).click();
}

/** Texts of the notices on screen. */
export async function notices(page: Page): Promise<string[]> {
  return page.locator('#notices .notice').allTextContents();
}
