export default function CompareView() {
  return <p>Compare</p>;
}
