export default function DesignerView() {
  return <p>Designer</p>;
}
