// Placeholder entry of the task pane; the pane itself is built in src/taskpane.
Office.onReady(() => {
  const root = document.getElementById("root");
  if (root) {
    root.textContent = "统计助手";
  }
}).catch(() => undefined);
