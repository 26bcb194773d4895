/*
 * The foot of the home screen, loaded after the list: what is kept on this
 * device and how to keep it safe. Records that could not be read (rare), then
 * backups, then the optional passphrase lock, and the billing words explained.
 */
import { useAppStore } from '../../app/store';
import GlossaryList from '../glossary/GlossaryList';
import LockSettings from '../lock/LockSettings';
import { BackupAndRestore } from './BackupAndRestore';
import DamagedRecords from './DamagedRecords';

export default function YourData() {
  const hasDamaged = useAppStore((state) => state.damaged.length > 0);
  return (
    <>
      {hasDamaged && <DamagedRecords />}
      <BackupAndRestore />
      <LockSettings />
      <GlossaryList />
    </>
  );
}
