/** Deleting a workshop never loses it: Undo right away, or restore it later from the trash. */
import { DEMO, expect, test } from './pages/fixtures.ts';
import { HomePage } from './pages/HomePage.ts';

test('a deleted workshop comes back with Undo, and again from the trash', async ({ page, agora }) => {
  const home = new HomePage(page);
  const other = 'Nice smart-city stocktaking 2026';

  await test.step('two workshops on Home', async () => {
    await agora.open(page);
    await home.createWorkshop({ title: other });
    await page.getByRole('link', { name: 'All workshops' }).click();
    await expect(home.cards).toHaveCount(2);
    await expect(home.trashToggle).toHaveText('Trash (0)');
  });

  await test.step('delete (confirmed): it disappears; Undo brings it back', async () => {
    await home.deleteWorkshop(DEMO.title);
    await expect(home.card(DEMO.title)).toHaveCount(0);
    await expect(home.cards).toHaveCount(1);
    await expect(home.toast(`“${DEMO.title}” moved to the trash.`)).toBeVisible();
    await expect(home.trashToggle).toHaveText('Trash (1)');

    await home.undoButton.click();
    await expect(home.card(DEMO.title)).toBeVisible();
    await expect(home.cards).toHaveCount(2);
    await expect(home.trashToggle).toHaveText('Trash (0)');
    // Nothing inside it was lost.
    await expect(home.card(DEMO.title)).toContainText(`${DEMO.topicCount} topics`);
  });

  await test.step('cancelling the confirmation deletes nothing', async () => {
    await home
      .card(DEMO.title)
      .getByRole('button', { name: `Delete “${DEMO.title}”`, exact: true })
      .click();
    const confirm = page.getByRole('dialog', { name: 'Delete this workshop?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await expect(home.cards).toHaveCount(2);
  });

  await test.step('delete again, then restore it from the trash', async () => {
    await home.deleteWorkshop(DEMO.title);
    await expect(home.card(DEMO.title)).toHaveCount(0);
    // Let the Undo offer go: the trash is the way back now.
    await home.dismissToast(`“${DEMO.title}” moved to the trash.`);
    await expect(home.undoButton).toHaveCount(0);

    await home.showTrash();
    await expect(home.trash).toContainText(DEMO.title);
    await expect(home.trash).toContainText(/Deleted on/);
    await home.restoreFromTrash(DEMO.title);
    await expect(home.toast(`“${DEMO.title}” restored.`)).toBeVisible();
    await expect(home.card(DEMO.title)).toBeVisible();
    await expect(home.card(DEMO.title)).toContainText(`${DEMO.participantCount} participants`);
    await expect(home.trash).toContainText('The trash is empty.');
    await expect(home.trashToggle).toHaveText('Trash (0)');
  });

  await test.step('the restored workshop is still there after a reload', async () => {
    await page.reload();
    await expect(home.cards).toHaveCount(2);
    await expect(home.card(DEMO.title)).toBeVisible();
  });
});
