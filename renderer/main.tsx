import { createRoot } from 'react-dom/client';

function App() {
  return (
    <main style={{ fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif' }}>
      <h1>工作群精简规划器</h1>
      <p>桌面界面将在后续版本提供；目前可使用命令行规划器（npm run plan）。</p>
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
