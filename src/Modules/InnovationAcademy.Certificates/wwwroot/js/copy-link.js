// "Copy the link" buttons: shown only where the browser can copy; without JavaScript the link stays selectable.
(() => {
  if (!navigator.clipboard) {
    return;
  }

  for (const button of document.querySelectorAll("button.copy-link")) {
    const input = document.getElementById(button.dataset.copy);
    if (!input) {
      continue;
    }

    button.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(input.value);
        button.textContent = button.dataset.copied;
      } catch {
        input.select();
      }
    });
  }
})();
